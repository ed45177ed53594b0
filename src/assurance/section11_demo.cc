// The demo board's Section 11 rounds (issue 16): two template versions, the 2009-10 round and
// the 2011-12 round of annual report 2.2, through the area's own readers and store. The grades,
// challenges and actions are invented (demo/NOTES.md): the report publishes only their outcome.
#include "assurance/demo.h"
#include "assurance/section11.h"
#include "assurance/section11_store.h"
#include "assurance/store.h"
#include "core/base64.h"
#include "governance/store.h"

namespace safeboard::assurance {

using demo::Ref;
using demo::Str;
namespace json = boost::json;

namespace {

void Check(const core::FieldErrors& errors, const std::string& what) {
  if (!errors.empty())
    throw std::runtime_error("demo data: " + what + ": " + errors.all().front().field + ": " + errors.all().front().message);
}

std::int64_t StandardId(const Section11Template& tmpl, const std::string& reference) {
  for (const auto& s : tmpl.standards)
    if (s.reference == reference) return s.id;
  throw std::runtime_error("demo data: no standard " + reference + " in " + tmpl.name);
}

std::map<std::string, std::int64_t> LoadTemplates(demo::DemoLoad& load, const json::array& templates) {
  Section11Store store(load.db);
  std::map<std::string, std::int64_t> ids;
  for (const auto& v : templates) {
    const auto& o = v.as_object();
    core::FieldValues values{{"name", Str(o, "name")}};
    for (const auto& g : o.at("grades").as_array()) values["grades"] += std::string(g.as_string()) + "\n";
    int n = 0;
    for (const auto& s : o.at("standards").as_array()) {
      auto row = std::to_string(++n);
      values["reference_" + row] = Str(s.as_object(), "reference");
      values["title_" + row] = Str(s.as_object(), "title");
      values["guidance_" + row] = Str(s.as_object(), "guidance");
    }
    Section11Template tmpl;
    Check(ReadTemplate(values, tmpl), "template " + Str(o, "key"));
    std::optional<std::int64_t> based_on;
    if (!Str(o, "based_on").empty()) based_on = Ref(ids, Str(o, "based_on"), "template");
    ids[Str(o, "key")] = store.AddTemplate(load.partnership_id, tmpl, based_on);
  }
  return ids;
}

void LoadReturn(demo::DemoLoad& load, const Section11Round& round, const Section11Template& tmpl,
                const json::object& o) {
  Section11Store store(load.db);
  Section11Return ret;
  ret.agency_id = Ref(load.agencies, Str(o, "agency"), "agency");
  ret.lead_person_id = Ref(load.people, Str(o, "lead"), "person");
  ret.id = store.StartReturn(load.partnership_id, round, tmpl, ret);
  core::FieldValues values;
  for (const auto& [reference, grade] : o.at("grades").as_object())
    values["grade_" + std::to_string(StandardId(tmpl, std::string(reference)))] = std::to_string(grade.as_int64());
  for (const auto& [reference, text] : o.at("evidence").as_object())
    values["evidence_" + std::to_string(StandardId(tmpl, std::string(reference)))] = std::string(text.as_string());
  std::vector<Section11Answer> answers;
  Check(ReadAnswers(values, tmpl, true, answers), "return of " + Str(o, "agency"));
  store.SaveAnswers(load.partnership_id, ret.id, answers);
  if (o.contains("files"))
    for (const auto& f : o.at("files").as_array()) {
      const auto& fo = f.as_object();
      std::vector<std::string> lines;
      for (const auto& l : fo.at("lines").as_array()) lines.emplace_back(l.as_string());
      auto bytes = demo::DemoPdf(Str(fo, "title"), lines);
      EvidenceFile file{0, ret.id, StandardId(tmpl, Str(fo, "reference")), Str(fo, "file_name"), "application/pdf",
                        static_cast<std::int64_t>(bytes.size())};
      store.AddFile(load.partnership_id, file, core::Base64Encode(bytes), Str(o, "submitted_on") + "T09:00:00Z");
    }
  store.SetSubmitted(load.partnership_id, ret.id, demo::RequiredDate(o, "submitted_on"));
  for (const auto& c : o.at("challenges").as_array()) {
    const auto& co = c.as_object();
    core::FieldValues challenge{{"challenged_standard_id", std::to_string(StandardId(tmpl, Str(co, "reference")))},
                                {"outcome", Str(co, "outcome")},
                                {"reason", Str(co, "reason")}};
    if (co.contains("agreed_grade")) challenge["agreed_grade"] = std::to_string(co.at("agreed_grade").as_int64());
    Section11Answer challenged;
    Check(ReadChallenge(challenge, tmpl, store.AnswersOf(load.partnership_id, ret.id), demo::RequiredDate(co, "on"),
                        challenged),
          "challenge for " + Str(o, "agency"));
    store.SaveChallenge(load.partnership_id, ret.id, challenged);
  }
  for (const auto& a : o.at("actions").as_array()) {
    const auto& ao = a.as_object();
    core::FieldValues fields{{"standard_id", std::to_string(StandardId(tmpl, Str(ao, "reference")))},
                             {"description", Str(ao, "description")}, {"owner", Str(ao, "owner")},
                             {"due_on", Str(ao, "due_on")}, {"progress", Str(ao, "progress")},
                             {"completed_on", Str(ao, "completed_on")}};
    Section11Action action;
    Check(ReadAction(fields, tmpl, action), "action for " + Str(o, "agency"));
    auto completed = demo::OptDate(ao, "completed_on");
    Check(ReadActionProgress(fields, completed.value_or(action.due_on), action), "action for " + Str(o, "agency"));
    action.return_id = ret.id;
    store.AddAction(load.partnership_id, action);
  }
}

}  // namespace

void LoadSection11Demo(demo::DemoLoad& load) {
  if (!load.file.contains("section11")) return;
  const auto& file = load.file.at("section11").as_object();
  Section11Store store(load.db);
  auto templates = LoadTemplates(load, file.at("templates").as_array());
  std::vector<std::int64_t> template_ids, groups, audits, statutory;
  for (const auto& [key, id] : templates) template_ids.push_back(id);
  for (const auto& [key, id] : load.groups) groups.push_back(id);
  AssuranceStore assurance(load.db);
  std::map<std::string, std::int64_t> audit_by_title;
  for (int year : assurance.ProgrammeYears(load.partnership_id))
    for (const auto& a : assurance.AuditsOf(load.partnership_id, assurance.ProgrammeOf(load.partnership_id, year).id))
      if (a.kind == AuditKind::kSection11) {
        audits.push_back(a.id);
        audit_by_title[a.title] = a.id;
      }
  for (const auto& a : governance::GovernanceStore(load.db).ListAgencies(load.partnership_id))
    if (a.statutory) statutory.push_back(a.id);
  for (const auto& v : file.at("rounds").as_array()) {
    const auto& o = v.as_object();
    core::FieldValues values{{"title", Str(o, "title")},
                             {"template_id", std::to_string(Ref(templates, Str(o, "template"), "template"))},
                             {"opens_on", Str(o, "opens_on")},
                             {"returns_due_on", Str(o, "returns_due_on")},
                             {"challenge_group_id", std::to_string(Ref(load.groups, Str(o, "challenge_group"), "group"))}};
    if (!Str(o, "planned_audit").empty())
      values["planned_audit_id"] = std::to_string(Ref(audit_by_title, Str(o, "planned_audit"), "planned audit"));
    for (const auto& r : o.at("returns").as_array())
      values["agency_" + std::to_string(Ref(load.agencies, Str(r.as_object(), "agency"), "agency"))] = "yes";
    Section11Round round;
    std::vector<std::int64_t> agencies;
    Check(ReadRound(values, template_ids, groups, audits, statutory, round, agencies), "round " + Str(o, "title"));
    round.id = store.AddRound(load.partnership_id, round);
    auto tmpl = *store.FindTemplate(load.partnership_id, round.template_id);
    for (const auto& r : o.at("returns").as_array()) LoadReturn(load, round, tmpl, r.as_object());
  }
}

}  // namespace safeboard::assurance
