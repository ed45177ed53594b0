// Section 11 self-assessment records as stored (issue 16): templates of standards, rounds,
// agencies' returns with their answers, evidence files and gap actions.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace safeboard::assurance {

using core::Date;

struct Section11Standard {
  std::int64_t id = 0;
  int position = 0;
  // Stays the same across a template's versions, so rounds on different versions compare.
  std::string reference;
  std::string title;
  std::string guidance;
};

// A versioned standards template: the scale of grades (best first) and the standards.
struct Section11Template {
  std::int64_t id = 0;
  std::string name;
  int version = 1;
  std::vector<std::string> grades;
  std::vector<Section11Standard> standards;
  bool in_use = false;  // read only: a round uses it, so it can no longer change
};

struct Section11Round {
  std::int64_t id = 0;
  std::int64_t template_id = 0;
  std::string title;
  Date opens_on;
  Date returns_due_on;
  std::optional<std::int64_t> challenge_group_id;
  std::optional<std::int64_t> planned_audit_id;
  std::string challenge_group_name;  // read only
};

struct Section11Return {
  std::int64_t id = 0;
  std::int64_t round_id = 0;
  std::int64_t agency_id = 0;
  std::optional<std::int64_t> lead_person_id;
  std::optional<Date> submitted_on;
  std::string agency_name;  // read only
  std::string lead_name;    // read only
};

enum class ChallengeOutcome { kAccepted, kChanged };

// An agency's answer for one standard, and what the challenge session made of it.
struct Section11Answer {
  std::int64_t standard_id = 0;
  std::optional<int> grade;  // 1 = the scale's first (best) grade
  std::string evidence;
  std::optional<ChallengeOutcome> challenge;
  std::optional<int> agreed_grade;  // when the challenge changed the grade
  std::string challenge_reason;
  std::optional<Date> challenged_on;
};

struct EvidenceFile {
  std::int64_t id = 0;
  std::int64_t return_id = 0;
  std::int64_t standard_id = 0;
  std::string file_name;
  std::string content_type;
  std::int64_t size_bytes = 0;
};

struct Section11Action {
  std::int64_t id = 0;
  std::int64_t return_id = 0;
  std::int64_t standard_id = 0;
  std::string description;
  std::string owner;
  Date due_on;
  std::string progress;
  std::optional<Date> completed_on;
};

}  // namespace safeboard::assurance
