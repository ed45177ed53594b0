// Quality assurance records as stored (issue 16): the audit programme and its planned audits.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/date.h"

namespace safeboard::assurance {

using core::Date;

enum class AuditKind { kSection11, kCaseFile, kThematic, kSaferWorkforce, kSingleAgency, kCommissioned };

// A financial year's programme: its priorities and the meeting that agreed it.
struct AuditProgramme {
  std::int64_t id = 0;
  int year_start = 0;  // 2011 for 2011-12
  std::string priorities;
  std::optional<std::int64_t> agreed_at_meeting_id;
};

struct PlannedAudit {
  std::int64_t id = 0;
  std::int64_t programme_id = 0;
  std::string title;
  AuditKind kind = AuditKind::kThematic;
  std::string themes;
  std::optional<std::int64_t> lead_group_id;
  std::string lead_group_name;  // read only
  Date starts_on;
  Date report_due_on;
  std::optional<Date> reported_on;
  std::optional<std::int64_t> reported_at_meeting_id;
  std::string findings;
  std::optional<std::int64_t> follows_audit_id;  // the earlier audit this one follows up
};

}  // namespace safeboard::assurance
