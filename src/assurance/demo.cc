// The 2011-12 audit programme of annual report 2.1-2.3, through the area's own reader and store.
#include "assurance/demo.h"

#include "assurance/assurance.h"
#include "assurance/challenge.h"
#include "assurance/challenge_store.h"
#include "assurance/complaints.h"
#include "assurance/complaints_store.h"
#include "assurance/lado.h"
#include "assurance/lado_store.h"
#include "assurance/store.h"
#include "learning/demo.h"

namespace safeboard::assurance {

using demo::Ref;
using demo::Str;
namespace json = boost::json;

namespace {

void LoadProgrammes(demo::DemoLoad& load) {
  if (!load.file.contains("audit_programmes")) return;
  AssuranceStore store(load.db);
  std::vector<std::int64_t> groups, meetings;
  for (const auto& [key, id] : load.groups) groups.push_back(id);
  for (const auto& [key, id] : load.meetings) meetings.push_back(id);
  for (const auto& v : load.file.at("audit_programmes").as_array()) {
    const auto& o = v.as_object();
    auto programme = store.ProgrammeOf(load.partnership_id, static_cast<int>(o.at("year_start").as_int64()));
    programme.priorities = Str(o, "priorities");
    if (!Str(o, "agreed_at_meeting").empty())
      programme.agreed_at_meeting_id = Ref(load.meetings, Str(o, "agreed_at_meeting"), "meeting");
    store.SaveProgramme(load.partnership_id, programme);
    for (const auto& a : o.at("audits").as_array()) {
      const auto& ao = a.as_object();
      auto values = demo::StringFields(ao);
      if (ao.contains("lead_group")) values["lead_group_id"] = std::to_string(Ref(load.groups, Str(ao, "lead_group"), "group"));
      if (ao.contains("reported_at_meeting"))
        values["reported_at_meeting_id"] = std::to_string(Ref(load.meetings, Str(ao, "reported_at_meeting"), "meeting"));
      values.erase("lead_group");
      values.erase("reported_at_meeting");
      PlannedAudit audit;
      auto errors = ReadPlannedAudit(values, groups, meetings, {}, audit);
      if (!errors.empty())
        throw std::runtime_error("demo data: audit '" + Str(ao, "title") + "': " + errors.all().front().message);
      audit.programme_id = programme.id;
      audit.id = store.AddAudit(load.partnership_id, audit);
      if (ao.contains("learning"))
        learning::LoadReferrals(load, ao.at("learning").as_array(), learning::ReferralSource::kPlannedAudit, audit.id,
                                audit.title);
    }
  }
}

// The LADO's quarters of 2010-11 and 2011-12 (invented: demo/NOTES.md), through the page's reader.
void LoadLadoReturns(demo::DemoLoad& load) {
  if (!load.file.contains("lado_returns")) return;
  LadoStore store(load.db);
  for (const auto& v : load.file.at("lado_returns").as_array()) {
    const auto& o = v.as_object();
    core::FieldValues values;
    for (const auto& [key, value] : o) {
      if (value.is_string()) values[std::string(key)] = std::string(value.as_string());
      if (value.is_int64()) values[std::string(key)] = std::to_string(value.as_int64());
    }
    for (const auto& [prefix, key] : {std::pair{"sector_", "sectors"}, std::pair{"outcome_", "outcomes"}})
      for (const auto& [code, n] : o.at(key).as_object()) values[prefix + std::string(code)] = std::to_string(n.as_int64());
    values.erase("sectors");
    values.erase("outcomes");
    LadoReturn lado;
    auto errors = ReadLadoReturn(values, {}, lado);
    if (!errors.empty())
      throw std::runtime_error("demo data: LADO " + Str(o, "year") + " Q" + Str(o, "quarter") + ": " + errors.all().front().message);
    store.Save(load.partnership_id, lado);
  }
}

// A few complaints of 2011-12 (invented: demo/NOTES.md), through the page's reader, on the
// day the demo is loaded.
void LoadComplaints(demo::DemoLoad& load) {
  if (!load.file.contains("complaints")) return;
  ComplaintStore store(load.db);
  for (const auto& v : load.file.at("complaints").as_array()) {
    auto values = demo::StringFields(v.as_object());
    Complaint complaint;
    auto errors = ReadComplaint(values, core::DateOf(load.clock.Now()), complaint);
    if (!errors.empty())
      throw std::runtime_error("demo data: complaint of " + values["received_on"] + ": " + errors.all().front().message);
    store.Add(load.partnership_id, complaint);
  }
}

// Annual report appendix 2: the reports received in 2011-12, and the one remedial plan that
// followed (invented: demo/NOTES.md), through the pages' readers.
void LoadReportsReceived(demo::DemoLoad& load) {
  if (!load.file.contains("reports_received")) return;
  ChallengeStore store(load.db);
  auto today = core::DateOf(load.clock.Now());
  std::vector<std::int64_t> agencies, meetings;
  for (const auto& [key, id] : load.agencies) agencies.push_back(id);
  for (const auto& [key, id] : load.meetings) meetings.push_back(id);
  std::map<std::string, std::int64_t> by_title;
  for (const auto& v : load.file.at("reports_received").as_array()) {
    const auto& o = v.as_object();
    auto values = demo::StringFields(o);
    values.erase("agency");
    values.erase("considered_at_meeting");
    if (!Str(o, "agency").empty()) values["agency_id"] = std::to_string(Ref(load.agencies, Str(o, "agency"), "agency"));
    if (!Str(o, "considered_at_meeting").empty())
      values["considered_at_meeting_id"] = std::to_string(Ref(load.meetings, Str(o, "considered_at_meeting"), "meeting"));
    AgencyReport report;
    auto errors = ReadAgencyReport(values, agencies, meetings, today, report);
    if (!errors.empty()) throw std::runtime_error("demo data: report '" + Str(o, "title") + "': " + errors.all().front().message);
    by_title[report.title] = store.AddReport(load.partnership_id, report);
  }
  std::vector<std::int64_t> reports;
  for (const auto& [title, id] : by_title) reports.push_back(id);
  for (const auto& v : load.file.at("remedial_plans").as_array()) {
    const auto& o = v.as_object();
    core::FieldValues values{{"agency_id", std::to_string(Ref(load.agencies, Str(o, "agency"), "agency"))},
                             {"agency_report_id", std::to_string(Ref(by_title, Str(o, "report"), "report"))},
                             {"shortcomings", Str(o, "shortcomings")}, {"plan", Str(o, "plan")},
                             {"agreed_on", Str(o, "agreed_on")}, {"review_due_on", Str(o, "review_due_on")}};
    RemedialPlan plan;
    auto errors = ReadRemedialPlan(values, agencies, reports, today, plan);
    if (!errors.empty()) throw std::runtime_error("demo data: remedial plan: " + errors.all().front().message);
    store.AddPlan(load.partnership_id, plan);
  }
}

}  // namespace

void LoadDemo(demo::DemoLoad& load) {
  LoadReportsReceived(load);
  LoadProgrammes(load);
  LoadLadoReturns(load);
  LoadComplaints(load);
  LoadSection11Demo(load);
  LoadCaseFileAuditDemo(load);
  LoadSaferWorkforceDemo(load);
  LoadImrPlanDemo(load);
}

}  // namespace safeboard::assurance
