#include "training/evaluation.h"

#include <algorithm>

#include "core/form_fields.h"
#include "governance/governance.h"

namespace safeboard::training {
namespace {

constexpr int kFollowUpFromDays = 42;  // 6 weeks
constexpr int kFollowUpToDays = 56;    // 8 weeks

int ReadScore(const core::FieldValues& in, const std::string& field, const std::string& what, core::FieldErrors& errors) {
  auto score = core::ParseWholeNumber(core::ValueOf(in, field));
  if (!score || *score < 1 || *score > 5) {
    errors.Add(field, "Choose a score for " + what + " from 1 to 5");
    return 0;
  }
  return *score;
}

std::optional<int> AverageTenths(int sum, int count) {
  if (count == 0) return std::nullopt;
  return (sum * 10 * 2 + count) / (2 * count);
}

}  // namespace

std::span<const core::Term<Stage>> Stages() {
  static constexpr core::Term<Stage> kTerms[] = {
      {Stage::kBefore, "before", "Before the course"},
      {Stage::kAfter, "after", "Straight after"},
      {Stage::kFollowUp, "follow_up", "6 to 8 weeks later, with the manager"},
  };
  return kTerms;
}

core::FieldErrors ReadEvaluation(const core::FieldValues& in, const Booking& booking, const Event& event,
                                 const std::vector<Stage>& done, const core::Date& today, Evaluation& out) {
  core::FieldErrors errors;
  if (!Came(booking)) {
    errors.Add("stage", "Only a place the register shows attended is evaluated");
    return errors;
  }
  out.stage = core::RequiredChoice(Stages(), in, "stage", "the stage", errors);
  if (!errors.For("stage") && std::find(done.begin(), done.end(), out.stage) != done.end())
    errors.Add("stage", "This stage of the evaluation is already recorded");
  out.confidence = ReadScore(in, "confidence", "confidence", errors);
  out.knowledge = ReadScore(in, "knowledge", "knowledge", errors);
  out.comment = core::OptionalText(in, "comment", "the comment", 4000, errors);
  auto on = governance::ReadDateField(in, "completed_on", "the day completed", true, errors);
  if (on) out.completed_on = *on;
  if (on && today < *on && !errors.For("completed_on")) errors.Add("completed_on", "The date cannot be in the future");
  if (!on || errors.For("stage") || errors.For("completed_on")) return errors;
  auto days = (std::chrono::sys_days(*on) - std::chrono::sys_days(event.on)).count();
  switch (out.stage) {
    case Stage::kBefore:
      if (days > 0) errors.Add("completed_on", "The baseline is completed on or before the day of the course");
      break;
    case Stage::kAfter:
      if (days < 0) errors.Add("completed_on", "This stage is completed on or after the day of the course");
      break;
    case Stage::kFollowUp: {
      if (days < kFollowUpFromDays || days > kFollowUpToDays)
        errors.Add("completed_on", "The follow-up is completed 6 to 8 weeks after the course");
      out.with_manager = core::ReadFlag(in, "with_manager");
      if (!out.with_manager) errors.Add("with_manager", "The follow-up is completed with the practitioner's manager");
      auto used = core::Trim(core::ValueOf(in, "used_in_practice"));
      if (used == "yes" || used == "no")
        out.used_in_practice = used == "yes";
      else
        errors.Add("used_in_practice", "Select yes or no: is the learning used in practice?");
      break;
    }
  }
  return errors;
}

std::vector<CourseImpact> ImpactOf(std::span<const EvaluatedPlace> evaluations) {
  struct Sums {
    int responses = 0, confidence = 0, knowledge = 0;
  };
  std::map<std::string, std::map<Stage, Sums>> sums;
  std::map<std::string, int> used;
  for (const auto& [course, e] : evaluations) {
    auto& s = sums[course][e.stage];
    ++s.responses;
    s.confidence += e.confidence;
    s.knowledge += e.knowledge;
    if (e.stage == Stage::kFollowUp && e.used_in_practice.value_or(false)) ++used[course];
  }
  std::vector<CourseImpact> out;
  for (const auto& [course, stages] : sums) {
    CourseImpact impact{course, {}, used[course]};
    for (const auto& [stage, s] : stages)
      impact.stages[stage] = {s.responses, AverageTenths(s.confidence, s.responses), AverageTenths(s.knowledge, s.responses)};
    out.push_back(std::move(impact));
  }
  return out;
}

std::string Tenths(int tenths) { return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10); }

}  // namespace safeboard::training
