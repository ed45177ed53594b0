// The safer workforce API (issue 16): every self-assessment with its figures and its returns'
// ratings and support. Organisations by name, never people.
#include "api/json_io.h"
#include "assurance/api.h"
#include "assurance/safer_workforce_store.h"

namespace safeboard::api {

namespace json = boost::json;

http::Response GetWorkforceAssessments(http::Context& ctx) {
  assurance::WorkforceStore store(ctx.db);
  json::array assessments;
  for (const auto& w : store.Assessments(ctx.partnership_id())) {
    auto returns = store.ReturnsOf(ctx.partnership_id(), w.id);
    auto f = assurance::FiguresOf(returns);
    json::array list;
    for (const auto& r : returns) {
      json::object ratings;
      for (const auto& [domain, compliance] : r.ratings)
        ratings[core::CodeOf(assurance::WorkforceDomains(), domain)] = CodeJson(assurance::Compliances(), compliance);
      json::array support;
      for (const auto& a : r.actions)
        support.push_back(json::object{{"id", a.id},
                                       {"domain", CodeJson(assurance::WorkforceDomains(), a.domain)},
                                       {"support", a.support},
                                       {"by_whom", a.by_whom},
                                       {"due_on", core::FormatDate(a.due_on)},
                                       {"completed_on", DateJson(a.completed_on)}});
      list.push_back(json::object{{"id", r.id},
                                  {"agency_id", IdJson(r.agency_id)},
                                  {"organisation", r.Name()},
                                  {"type", CodeJson(assurance::OrganisationTypes(), r.type)},
                                  {"returned_on", core::FormatDate(r.returned_on)},
                                  {"ratings", ratings},
                                  {"notes", r.notes},
                                  {"every_deficit_addressed", assurance::EveryDeficitAddressed(r)},
                                  {"support", support}});
    }
    assessments.push_back(json::object{{"id", w.id},
                                       {"title", w.title},
                                       {"planned_audit_id", IdJson(w.planned_audit_id)},
                                       {"opens_on", core::FormatDate(w.opens_on)},
                                       {"returns_due_on", core::FormatDate(w.returns_due_on)},
                                       {"reported_on", DateJson(w.reported_on)},
                                       {"findings", w.findings},
                                       {"figures", json::object{{"returns", f.returns},
                                                                {"fully_compliant", f.fully_compliant},
                                                                {"with_deficits", f.with_deficits},
                                                                {"deficits_addressed", f.deficits_addressed},
                                                                {"support_open", f.actions_open},
                                                                {"support_done", f.actions_done}}},
                                       {"returns", list}});
  }
  return Json(200, json::object{{"assessments", assessments}});
}

}  // namespace safeboard::api
