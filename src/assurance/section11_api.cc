// The Section 11 API (issue 16): rounds with their figures, a round with its returns, answers and
// actions, and an agency's lead saving or submitting its return through the pages' rules.
#include "assurance/api.h"
#include "api/json_io.h"
#include "assurance/pages/section11_shared.h"
#include "assurance/section11_store.h"
#include "core/date.h"
#include "core/form_fields.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using http::Context;
using http::Response;
namespace s11 = ui::pages::section11_pages;

json::object FiguresJson(const assurance::RoundFigures& f) {
  return {{"returns", f.returns},       {"submitted", f.submitted},
          {"submitted_late", f.submitted_late}, {"overdue", f.overdue},
          {"gaps", f.gaps},             {"gaps_without_action", f.gaps_without_action},
          {"actions", f.actions},       {"actions_completed", f.actions_completed}};
}

json::object RoundJson(const assurance::Section11Round& r, const assurance::RoundFigures& f) {
  return {{"id", r.id},
          {"title", r.title},
          {"template_id", r.template_id},
          {"opens_on", core::FormatDate(r.opens_on)},
          {"returns_due_on", core::FormatDate(r.returns_due_on)},
          {"challenge_group_id", IdJson(r.challenge_group_id)},
          {"planned_audit_id", IdJson(r.planned_audit_id)},
          {"figures", FiguresJson(f)}};
}

json::object TemplateJson(const assurance::Section11Template& t) {
  json::array grades, standards;
  for (const auto& g : t.grades) grades.push_back(json::value(g));
  for (const auto& s : t.standards)
    standards.push_back(json::object{{"id", s.id}, {"reference", s.reference}, {"title", s.title}, {"guidance", s.guidance}});
  return {{"id", t.id}, {"name", t.name}, {"version", t.version}, {"grades", grades}, {"standards", standards}};
}

json::value GradeJson(std::optional<int> grade) {
  if (!grade) return nullptr;
  return json::value(*grade);
}

json::object ReturnJson(const assurance::ReturnRecord& r, const assurance::Section11Round& round, const core::Date& today) {
  json::array answers, actions;
  for (const auto& a : r.answers)
    answers.push_back(json::object{
        {"standard_id", a.standard_id},
        {"grade", GradeJson(a.grade)},
        {"evidence", a.evidence},
        {"challenge", a.challenge ? CodeJson(assurance::ChallengeOutcomes(), *a.challenge) : json::value(nullptr)},
        {"challenge_reason", a.challenge_reason},
        {"challenged_on", DateJson(a.challenged_on)},
        {"agreed_grade", GradeJson(assurance::AgreedGrade(a))}});
  for (const auto& a : r.actions)
    actions.push_back(json::object{{"id", a.id},
                                   {"standard_id", a.standard_id},
                                   {"description", a.description},
                                   {"owner", a.owner},
                                   {"due_on", core::FormatDate(a.due_on)},
                                   {"progress", a.progress},
                                   {"completed_on", DateJson(a.completed_on)}});
  return {{"id", r.ret.id},
          {"agency_id", r.ret.agency_id},
          {"agency", r.ret.agency_name},
          {"lead_person_id", IdJson(r.ret.lead_person_id)},
          {"submitted_on", DateJson(r.ret.submitted_on)},
          {"standing", CodeJson(assurance::ReturnStandings(),
                                assurance::StandingOf(r.ret, r.answers, round.returns_due_on, today))},
          {"answers", answers},
          {"actions", actions}};
}

}  // namespace

Response ListSection11Rounds(Context& ctx) {
  assurance::Section11Store store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  json::array rounds;
  for (const auto& r : store.ListRounds(ctx.partnership_id()))
    rounds.push_back(RoundJson(r, assurance::CountRound(store.RecordsOf(ctx.partnership_id(), r.id), r.returns_due_on, today)));
  return Json(200, json::object{{"rounds", rounds}});
}

Response GetSection11Round(Context& ctx) {
  assurance::Section11Store store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  auto round = s11::RoundOrNotFound(ctx, ctx.Id("id"));
  auto tmpl = s11::TemplateOrNotFound(ctx, round.template_id);
  auto records = store.RecordsOf(ctx.partnership_id(), round.id);
  auto out = RoundJson(round, assurance::CountRound(records, round.returns_due_on, today));
  out["template"] = TemplateJson(tmpl);
  if (auto previous = store.PreviousRound(ctx.partnership_id(), round)) {
    auto progress = assurance::ProgressOnPreviousActions(store.RecordsOf(ctx.partnership_id(), previous->id), records, today);
    out["previous_round_id"] = previous->id;
    out["previous_actions"] = json::object{{"agencies_with_actions", progress.agencies_with_actions},
                                           {"satisfactory", progress.satisfactory},
                                           {"most_satisfactory", progress.Most()}};
  }
  json::array returns;
  for (const auto& r : records) returns.push_back(ReturnJson(r, round, today));
  out["returns"] = returns;
  return Json(200, out);
}

Response SaveSection11Return(Context& ctx) {
  auto ret = s11::ReturnOrNotFound(ctx);
  if (!s11::CanEditReturn(ctx, ret)) return Error(403, "Only the agency's lead or the board team may change this return");
  if (ret.submitted_on) return Error(409, "This return has been submitted: the board team can hand it back to change it");
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  auto round = s11::RoundOrNotFound(ctx, ret.round_id);
  auto tmpl = s11::TemplateOrNotFound(ctx, round.template_id);
  std::vector<std::string> names = {"submit"};
  for (const auto& s : tmpl.standards) {
    names.push_back("grade_" + std::to_string(s.id));
    names.push_back("evidence_" + std::to_string(s.id));
  }
  std::vector<std::string_view> writable(names.begin(), names.end());
  if (auto unknown = UnknownFields(*values, writable); !unknown.empty()) return FieldErrorsResponse(unknown);
  bool submitting = core::ReadFlag(*values, "submit");
  // Answers not sent keep what is stored.
  assurance::Section11Store store(ctx.db);
  for (const auto& a : store.AnswersOf(ctx.partnership_id(), ret.id)) {
    auto id = std::to_string(a.standard_id);
    if (a.grade) values->try_emplace("grade_" + id, std::to_string(*a.grade));
    values->try_emplace("evidence_" + id, a.evidence);
  }
  std::vector<assurance::Section11Answer> answers;
  auto errors = assurance::ReadAnswers(*values, tmpl, submitting, answers);
  if (!errors.empty()) return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  store.SaveAnswers(ctx.partnership_id(), ret.id, answers);
  auto today = core::DateOf(ctx.clock.Now());
  if (submitting) store.SetSubmitted(ctx.partnership_id(), ret.id, today);
  ctx.Audit(auth::AuditAction::kUpdate, "section11-return", ret.id, submitting ? "submitted, api" : "api");
  tx.Commit();
  assurance::ReturnRecord saved{*store.FindReturn(ctx.partnership_id(), ret.id), store.AnswersOf(ctx.partnership_id(), ret.id),
                                store.ActionsOf(ctx.partnership_id(), ret.id)};
  return Json(200, ReturnJson(saved, round, today));
}

}  // namespace safeboard::api
