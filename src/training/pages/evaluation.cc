// Evaluating training (issue 17): a place's three evaluations, recorded by the training team from
// the forms practitioners (and, at the follow-up, their managers) complete; and the impact report
// comparing the stages per course.
#include <algorithm>

#include "core/date.h"
#include "core/financial_year.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/store.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace {

std::string EvaluationPath(const Context& ctx, std::int64_t booking) {
  return ctx.PartnershipPath("/training/bookings/" + std::to_string(booking) + "/evaluation");
}

Response RenderEvaluation(Context& ctx, const training::Booking& b, const FormState& form, int status) {
  auto e = EventOf(ctx, b.event_id);
  auto done = training::TrainingStore(ctx.db).EvaluationsOf(ctx.partnership_id(), b.id);
  Html h;
  SummaryList(h, {{"Practitioner", b.substitute_name.empty() ? b.name : b.substitute_name},
                  {"Course", e.course_title},
                  {"Day", core::FormatDateLong(e.on)}});
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& v : done)
    rows.push_back({TextCell(std::string(core::LabelOf(training::Stages(), v.stage))), TextCell(std::to_string(v.confidence)),
                    TextCell(std::to_string(v.knowledge)),
                    TextCell(v.used_in_practice ? (*v.used_in_practice ? "Yes" : "No") : ""),
                    TextCell(core::FormatDateLong(v.completed_on))});
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No evaluation recorded yet.");
  else
    Table(h, "Evaluations", {"Stage", "Confidence", "Knowledge", "Used in practice", "Completed"}, rows);
  if (done.size() < training::Stages().size()) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "record"}}, "Record an evaluation");
    OpenForm(h, ctx, EvaluationPath(ctx, b.id), form);
    Options stages;
    for (const auto& s : training::Stages())
      if (std::none_of(done.begin(), done.end(), [&](const auto& v) { return v.stage == s.value; }))
        stages.emplace_back(std::string(s.code), std::string(s.label));
    Radios(h, form, "stage", "Stage", stages);
    Options scores = {{"1", "1"}, {"2", "2"}, {"3", "3"}, {"4", "4"}, {"5", "5"}};
    Radios(h, form, "confidence", "Confidence in safeguarding in this area (1 low, 5 high)", scores);
    Radios(h, form, "knowledge", "Knowledge of this area (1 low, 5 high)", scores);
    Radios(h, form, "used_in_practice", "At the follow-up: is the learning used in practice?", {{"yes", "Yes"}, {"no", "No"}});
    Checkbox(h, form, "with_manager", "At the follow-up: completed with the manager");
    Textarea(h, form, "comment", "Comment (optional)", "", 2);
    DateInput(h, form, "completed_on", "Completed on");
    Button(h, "Record evaluation");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Evaluation: " + e.course_title, kNav, {{e.course_title, EventPath(ctx, e.id)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowTrainingEvaluation(Context& ctx) { return RenderEvaluation(ctx, BookingOf(ctx, ctx.Id("id")), {}, 200); }

Response AddTrainingEvaluation(Context& ctx) {
  auto b = BookingOf(ctx, ctx.Id("id"));
  auto e = EventOf(ctx, b.event_id);
  training::TrainingStore store(ctx.db);
  std::vector<training::Stage> done;
  for (const auto& v : store.EvaluationsOf(ctx.partnership_id(), b.id)) done.push_back(v.stage);
  FormState form{Submitted(ctx), {}};
  training::Evaluation evaluation;
  evaluation.booking_id = b.id;
  form.errors = training::ReadEvaluation(form.values, b, e, done, core::DateOf(ctx.clock.Now()), evaluation);
  if (!form.errors.empty()) return RenderEvaluation(ctx, b, form, 422);
  storage::Transaction tx(ctx.db);
  store.AddEvaluation(evaluation);
  ctx.Audit(auth::AuditAction::kUpdate, "training-booking", b.id, "evaluation recorded");
  tx.Commit();
  return http::Redirect(EvaluationPath(ctx, b.id) + "?done=evaluation-recorded");
}

namespace {

std::vector<training::CourseImpact> ImpactOfYear(Context& ctx, int year) {
  auto [from, to] = core::FinancialYearDates(year);
  return training::ImpactOf(training::TrainingStore(ctx.db).EvaluationsBetween(ctx.partnership_id(), from, to));
}

constexpr training::Stage kStages[] = {training::Stage::kBefore, training::Stage::kAfter, training::Stage::kFollowUp};

}  // namespace

Response ShowTrainingImpact(Context& ctx) {
  int year = YearAsked(ctx);
  auto impact = ImpactOfYear(ctx, year);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Average scores from 1 to 5, with the number of responses, before the course, straight after, and 6 to 8 "
            "weeks later with the manager.");
  auto cell = [](const training::StageResult& r, bool confidence) {
    auto value = confidence ? r.confidence_tenths : r.knowledge_tenths;
    return TextCell(value ? training::Tenths(*value) + " (" + std::to_string(r.responses) + ")" : "");
  };
  std::vector<std::vector<TrustedHtml>> rows;
  for (auto& c : impact) {
    int follow_ups = c.stages[training::Stage::kFollowUp].responses;
    std::vector<TrustedHtml> row{TextCell(c.course)};
    for (bool confidence : {true, false})
      for (auto stage : kStages) row.push_back(cell(c.stages[stage], confidence));
    row.push_back(TextCell(follow_ups ? std::to_string(c.used_in_practice) + " of " + std::to_string(follow_ups) : ""));
    rows.push_back(std::move(row));
  }
  if (rows.empty()) {
    h.Element("p", {{"class", "govuk-body"}}, "No evaluations recorded for this year.");
  } else {
    Table(h, "Impact by course " + core::FinancialYearLabel(year),
          {"Course", "Confidence before", "Confidence after", "Confidence at follow-up", "Knowledge before",
           "Knowledge after", "Knowledge at follow-up", "Using it in practice"},
          rows);
    DownloadLinks(h, ctx.PartnershipPath("/training/impact"), "?year=" + std::to_string(year), "Download the impact report");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Training impact " + core::FinancialYearLabel(year), kNav,
                                 {{"Training programme", ProgrammePath(ctx, year)}});
  return Page(ctx, std::move(chrome), std::move(h));
}

Response ExportTrainingImpact(Context& ctx) {
  int year = YearAsked(ctx);
  std::vector<std::string> headings{"Course"};
  for (auto stage : kStages) {
    std::string label(core::LabelOf(training::Stages(), stage));
    headings.insert(headings.end(), {label + ": responses", label + ": confidence", label + ": knowledge"});
  }
  headings.push_back("Using it in practice at follow-up");
  TableRows rows;
  for (auto& c : ImpactOfYear(ctx, year)) {
    std::vector<std::string> row{c.course};
    for (auto stage : kStages) {
      const auto& r = c.stages[stage];
      row.push_back(std::to_string(r.responses));
      row.push_back(r.confidence_tenths ? training::Tenths(*r.confidence_tenths) : "");
      row.push_back(r.knowledge_tenths ? training::Tenths(*r.knowledge_tenths) : "");
    }
    row.push_back(std::to_string(c.used_in_practice));
    rows.push_back(std::move(row));
  }
  return DownloadAsAsked(ctx.request, {"training-impact-" + core::FinancialYearLabel(year), "Impact", headings, rows});
}

}  // namespace safeboard::ui::pages
