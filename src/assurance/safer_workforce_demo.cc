// The demo's safer recruitment self-assessment, reported in June 2011 (annual report 2.3; the
// organisations, ratings and support are invented: demo/NOTES.md), through the pages' readers.
#include "assurance/demo.h"
#include "assurance/safer_workforce.h"
#include "assurance/safer_workforce_store.h"

namespace safeboard::assurance {

using demo::Ref;
using demo::Str;
namespace json = boost::json;

namespace {

void Check(const core::FieldErrors& errors, const std::string& what) {
  if (!errors.empty()) throw std::runtime_error("demo data: safer workforce " + what + ": " + errors.all().front().message);
}

void LoadReturn(demo::DemoLoad& load, WorkforceStore& store, const WorkforceAssessment& w, const json::object& o,
                const core::Date& today, std::vector<std::string>& returned) {
  std::vector<std::int64_t> agencies;
  for (const auto& [key, id] : load.agencies) agencies.push_back(id);
  core::FieldValues values{{"returned_on", Str(o, "returned_on")}, {"notes", Str(o, "notes")},
                           {"organisation", Str(o, "organisation")}, {"type", Str(o, "type")}};
  if (!Str(o, "agency").empty()) {
    values["agency_id"] = std::to_string(Ref(load.agencies, Str(o, "agency"), "agency"));
    values["type"] = "board_agency";
  }
  for (const auto& [domain, rating] : o.at("ratings").as_object())
    values["rating_" + std::string(domain)] = std::string(rating.as_string());
  WorkforceReturn r;
  r.assessment_id = w.id;
  auto what = Str(o, "agency") + Str(o, "organisation");
  Check(ReadWorkforceReturn(values, w, agencies, returned, today, r), what);
  r.id = store.AddReturn(r);
  returned.push_back(ReturnKey(r));
  for (const auto& s : o.at("support").as_array()) {
    const auto& so = s.as_object();
    SupportAction action;
    action.return_id = r.id;
    Check(ReadSupportAction({{"domain", Str(so, "domain")}, {"support", Str(so, "support")},
                             {"by_whom", Str(so, "by_whom")}, {"due_on", Str(so, "due_on")}},
                            r, action),
          what);
    action.id = store.AddAction(action);
    if (Str(so, "completed_on").empty()) continue;
    core::Date on;
    Check(ReadSupportCompleted({{"completed_on", Str(so, "completed_on")}}, r, action, today, on), what);
    store.CompleteAction(r.id, action.id, on);
  }
}

}  // namespace

void LoadSaferWorkforceDemo(demo::DemoLoad& load) {
  if (!load.file.contains("safer_workforce")) return;
  WorkforceStore store(load.db);
  auto today = core::DateOf(load.clock.Now());
  std::vector<std::int64_t> meetings;
  for (const auto& [key, id] : load.meetings) meetings.push_back(id);
  for (const auto& v : load.file.at("safer_workforce").as_array()) {
    const auto& o = v.as_object();
    core::FieldValues values{{"title", Str(o, "title")},          {"opens_on", Str(o, "opens_on")},
                             {"returns_due_on", Str(o, "returns_due_on")}, {"reported_on", Str(o, "reported_on")},
                             {"findings", Str(o, "findings")}};
    std::vector<std::int64_t> audits;
    for (const auto& [id, title] : store.SaferWorkforceAudits(load.partnership_id)) {
      audits.push_back(id);
      if (title == Str(o, "planned_audit")) values["planned_audit_id"] = std::to_string(id);
    }
    if (!Str(o, "reported_at_meeting").empty())
      values["reported_at_meeting_id"] = std::to_string(Ref(load.meetings, Str(o, "reported_at_meeting"), "meeting"));
    WorkforceAssessment w;
    Check(ReadWorkforceAssessment(values, audits, meetings, today, w), Str(o, "title"));
    w.id = store.AddAssessment(load.partnership_id, w);
    w = *store.FindAssessment(load.partnership_id, w.id);
    std::vector<std::string> returned;
    for (const auto& r : o.at("returns").as_array()) LoadReturn(load, store, w, r.as_object(), today, returned);
  }
}

}  // namespace safeboard::assurance
