// The demo's multi-agency case file audits (invented: demo/NOTES.md): the board's target and a
// pilot cohort in the last quarter of 2011-12, through the pages' readers, so the demo can hold
// nothing a board could not enter.
#include "assurance/case_audits.h"
#include "assurance/case_audits_store.h"
#include "assurance/demo.h"

namespace safeboard::assurance {

using demo::Ref;
using demo::Str;
namespace json = boost::json;

namespace {

void Check(const core::FieldErrors& errors, const std::string& what) {
  if (!errors.empty()) throw std::runtime_error("demo data: case " + what + ": " + errors.all().front().message);
}

void LoadCase(demo::DemoLoad& load, CaseAuditStore& store, std::int64_t audit_id, const json::object& o,
              const core::Date& today) {
  auto reference = Str(o, "reference");
  std::vector<std::int64_t> agencies;
  for (const auto& [key, id] : load.agencies) agencies.push_back(id);
  core::FieldValues values{{"planned_audit_id", std::to_string(audit_id)}, {"reference", reference},
                           {"selected_on", Str(o, "selected_on")}, {"focus", Str(o, "focus")}};
  for (const auto& p : o.at("parts").as_array())
    values["agency_" + std::to_string(Ref(load.agencies, Str(p.as_object(), "agency"), "agency"))] = "yes";
  AuditedCase audited;
  Check(ReadAuditedCase(values, {audit_id}, store.References(load.partnership_id), agencies, today, audited), reference);
  auto id = store.AddCase(load.partnership_id, audited);
  for (const auto& p : o.at("parts").as_array()) {
    auto current = *store.FindCase(load.partnership_id, id);
    CasePart part;
    part.agency_id = Ref(load.agencies, Str(p.as_object(), "agency"), "agency");
    Check(ReadCasePart(demo::StringFields(p.as_object()), current, today, part), reference);
    store.SavePart(id, part);
  }
  if (Str(o, "discussed_on").empty()) return;
  auto current = *store.FindCase(load.partnership_id, id);
  core::FieldValues discussion{{"discussed_on", Str(o, "discussed_on")}};
  for (const auto& [domain, grade] : o.at("grades").as_object())
    discussion["grade_" + std::string(domain)] = std::string(grade.as_string());
  Check(ReadDiscussion(discussion, current, today, current), reference);
  store.SaveDiscussion(load.partnership_id, current);
  for (const auto& f : o.at("findings").as_array()) {
    const auto& fo = f.as_object();
    auto fields = demo::StringFields(fo);
    fields.erase("agency");
    if (!Str(fo, "agency").empty()) fields["agency_id"] = std::to_string(Ref(load.agencies, Str(fo, "agency"), "agency"));
    CaseFinding finding;
    Check(ReadFinding(fields, current, finding), reference);
    finding.id = store.AddFinding(id, finding);
    if (Str(fo, "completed_on").empty()) continue;
    core::Date on;
    Check(ReadFindingCompleted(fields, current, finding, today, on), reference);
    store.CompleteFinding(id, finding.id, on);
  }
}

}  // namespace

void LoadCaseFileAuditDemo(demo::DemoLoad& load) {
  if (!load.file.contains("case_file_audits")) return;
  const auto& o = load.file.at("case_file_audits").as_object();
  CaseAuditStore store(load.db);
  int target = 0;
  Check(ReadCaseTarget({{"cases_per_quarter", std::to_string(o.at("cases_per_quarter").as_int64())}}, target), "target");
  store.SaveTarget(load.partnership_id, target);
  std::optional<std::int64_t> audit_id;
  for (const auto& a : store.CaseFileAudits(load.partnership_id))
    if (a.title == Str(o, "audit")) audit_id = a.id;
  if (!audit_id) throw std::runtime_error("demo data: no case file audit '" + Str(o, "audit") + "' in the programme");
  auto today = core::DateOf(load.clock.Now());
  for (const auto& c : o.at("cases").as_array()) LoadCase(load, store, *audit_id, c.as_object(), today);
}

}  // namespace safeboard::assurance
