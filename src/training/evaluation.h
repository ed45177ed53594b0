// Evaluating training (issue 17): three stages for a place - before the course (a baseline),
// straight after it, and 6 to 8 weeks later completed with the practitioner's manager - each
// scoring confidence and knowledge from 1 to 5; the follow-up says whether the learning is used
// in practice. The impact report compares the stages per course. No I/O, no clock.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/field_errors.h"
#include "core/vocabulary.h"
#include "training/training.h"

namespace safeboard::training {

enum class Stage { kBefore, kAfter, kFollowUp };
std::span<const core::Term<Stage>> Stages();

struct Evaluation {
  std::int64_t id = 0;
  std::int64_t booking_id = 0;
  Stage stage = Stage::kBefore;
  int confidence = 0;  // 1 to 5
  int knowledge = 0;   // 1 to 5
  std::optional<bool> used_in_practice;  // the follow-up's
  bool with_manager = false;             // the follow-up's
  std::string comment;
  core::Date completed_on;
};

// RULE: issue 17 - one evaluation a stage for a place that was attended: the baseline on or
// before the event's day, the second on or after it, and the follow-up 6 to 8 weeks after it,
// completed with the manager and saying whether the learning is used in practice; scores are
// whole numbers from 1 to 5; not after today.
core::FieldErrors ReadEvaluation(const core::FieldValues& in, const Booking& booking, const Event& event,
                                 const std::vector<Stage>& done, const core::Date& today, Evaluation& out);

// A course's results: responses and average scores (in tenths, rounded) per stage, and how many
// follow-ups say the learning is used in practice.
struct StageResult {
  int responses = 0;
  std::optional<int> confidence_tenths, knowledge_tenths;  // 37 for 3.7
};
struct CourseImpact {
  std::string course;
  std::map<Stage, StageResult> stages;
  int used_in_practice = 0;
};
struct EvaluatedPlace {
  std::string course;
  Evaluation evaluation;
};
std::vector<CourseImpact> ImpactOf(std::span<const EvaluatedPlace> evaluations);
// "3.7".
std::string Tenths(int tenths);

}  // namespace safeboard::training
