// Quality assurance rules (issue 16): kinds of audit, where an audit stands on a day, and the
// programme's form readers (the one validation path for pages, API and demo).
#pragma once
#include <map>
#include <span>
#include <vector>

#include "assurance/model.h"
#include "core/field_errors.h"
#include "core/status.h"
#include "core/vocabulary.h"

namespace safeboard::assurance {

std::span<const core::Term<AuditKind>> AuditKinds();

enum class AuditStanding { kPlanned, kRunning, kOverdue, kReported };
std::span<const core::Term<AuditStanding>> AuditStandings();
core::Status StatusOf(AuditStanding standing);

// RULE: issue 16 - an audit is planned until its start, running from then, overdue once its
// report is due and not made, and reported when the report is recorded; computed, never stored.
AuditStanding StandingOn(const PlannedAudit& audit, const Date& today);

// How many of the programme's audits stand where, on the day.
std::map<AuditStanding, int> CountStandings(std::span<const PlannedAudit> audits, const Date& today);

// A planned audit from a form or JSON: title, kind, themes, a lead group among `groups`, start
// and report due dates (due on or after the start), and the report's date (not before the start)
// with the meeting it went to among `meetings`, and the earlier audit it follows up among
// `audits`; each refused with a message.
core::FieldErrors ReadPlannedAudit(const core::FieldValues& in, const std::vector<std::int64_t>& groups,
                                   const std::vector<std::int64_t>& meetings, const std::vector<std::int64_t>& audits,
                                   PlannedAudit& out);
// A year's programme: its priorities and the meeting that agreed it.
core::FieldErrors ReadProgramme(const core::FieldValues& in, const std::vector<std::int64_t>& meetings,
                                AuditProgramme& out);

}  // namespace safeboard::assurance
