// JSON handlers for business plans and progress updates; validation shared with the pages.
#include "plan/api.h"

#include "api/json_io.h"

#include <boost/json.hpp>

#include "core/date.h"
#include "plan/access.h"
#include "plan/store.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using http::Context;
using http::Response;

json::object ActionJson(const plan::PlanAction& a, const core::Date& today) {
  auto updates = a.Updates();
  auto latest = plan::LatestUpdate(updates);
  json::array history;
  for (const auto& u : updates)
    history.push_back(json::object{{"on", core::FormatDate(u.on)}, {"rag", core::CodeOf(plan::Rags(), u.rag)},
                                   {"text", u.text}, {"by", u.by}});
  json::array leads;
  for (const auto& l : a.leads)
    leads.push_back(json::object{{"kind", plan::LeadKindCode(l.kind)}, {"id", l.id}, {"name", l.name}});
  return {{"id", a.id},
          {"objective_id", a.objective_id},
          {"activity", a.activity},
          {"measure", a.measure},
          {"lead", a.LeadNames()},
          {"leads", leads},
          {"resources", a.resources},
          {"cost_pence", a.cost_pence},
          {"by_when", plan::FormatByWhen(a.by_when)},
          {"latest_rag", latest ? json::value(core::CodeOf(plan::Rags(), latest->rag)) : json::value(nullptr)},
          {"overdue", plan::IsOverdue(a.by_when, updates, today)},
          {"updates", history}};
}

}  // namespace

Response ListPlans(Context& ctx) {
  json::array out;
  for (const auto& p : plan::PlanStore(ctx.db).ListPlans(ctx.partnership_id()))
    out.push_back(json::object{{"id", p.id}, {"title", p.title}, {"starts_on", core::FormatDate(p.starts_on)},
                               {"ends_on", core::FormatDate(p.ends_on)}});
  return Json(200, json::object{{"plans", out}});
}

Response GetPlan(Context& ctx) {
  plan::PlanStore store(ctx.db);
  auto p = store.FindPlan(ctx.partnership_id(), ctx.Id("id"));
  if (!p) throw http::NotFound{};
  auto today = core::DateOf(ctx.clock.Now());
  auto actions = store.ActionsOfPlan(ctx.partnership_id(), p->id);
  json::array objectives;
  for (const auto& o : store.ObjectivesOf(ctx.partnership_id(), p->id)) {
    json::array list;
    for (const auto& a : actions)
      if (a.objective_id == o.id) list.push_back(ActionJson(a, today));
    json::array risks;
    for (const auto& r : o.risks) {
      auto score = plan::RiskScore(r);
      risks.push_back(json::object{{"risk", r.description},
                                   {"impact", r.impact},
                                   {"likelihood", r.likelihood ? json::value(*r.likelihood) : json::value(nullptr)},
                                   {"severity", r.severity ? json::value(*r.severity) : json::value(nullptr)},
                                   {"score", score ? json::value(*score) : json::value(nullptr)}});
    }
    objectives.push_back(json::object{{"id", o.id}, {"number", o.number}, {"outcome", o.outcome}, {"risks", risks},
                                      {"actions", list}});
  }
  return Json(200, json::object{{"id", p->id}, {"title", p->title}, {"starts_on", core::FormatDate(p->starts_on)},
                                {"ends_on", core::FormatDate(p->ends_on)}, {"objectives", objectives}});
}

Response AddProgressUpdate(Context& ctx) {
  plan::PlanStore store(ctx.db);
  auto a = store.FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  auto today = core::DateOf(ctx.clock.Now());
  if (!plan::MayUpdate(ctx, *a))
    return Error(403, "Only the lead group, the lead person or the board team update this action");
  std::string body_error;
  auto values = ReadBody(ctx, body_error);
  if (!values) return Error(400, body_error);
  plan::ProgressUpdate update{today, "", plan::Rag::kAmber, ctx.session->user.display_name};
  if (auto errors = plan::ReadProgressUpdate(*values, update); !errors.empty()) return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  auto id = store.AddUpdate(ctx.partnership_id(), a->id, update, ctx.user_id());
  ctx.Audit(auth::AuditAction::kCreate, "progress-update", id, "api");
  tx.Commit();
  return Json(201, ActionJson(*store.FindAction(ctx.partnership_id(), a->id), today));
}

}  // namespace safeboard::api
