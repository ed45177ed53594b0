// `safeboard demo`: loads the demo board (Milton Keynes Safeguarding Children Board, 2011-12,
// from demo/mkscb-2011-12.json, compiled into the binary).
#include <boost/json.hpp>
#include <iostream>
#include <algorithm>
#include <map>

#include "auth/accounts.h"
#include "auth/audit.h"
#include "casereviews/store.h"
#include "cdop/store.h"
#include "cli/commands.h"
#include "core/date.h"
#include "core/base64.h"
#include "core/embedded_files.h"
#include "duties/store.h"
#include "governance/store.h"
#include "performance/store.h"
#include "plan/store.h"
#include "meetings/store.h"

namespace safeboard::cli {
namespace {

namespace json = boost::json;

std::string Str(const json::object& o, std::string_view key) {
  auto it = o.find(key);
  if (it == o.end() || it->value().is_null()) return "";
  return std::string(it->value().as_string());
}

// A stored code from the demo file as its enum; a code safeboard does not know is an error.
template <typename Enum>
Enum Required(std::span<const core::Term<Enum>> terms, const std::string& code, const char* what) {
  auto value = core::ParseCode(terms, code);
  if (!value) throw std::runtime_error(std::string("demo data: bad ") + what + " " + code);
  return *value;
}

std::optional<core::Date> OptDate(const json::object& o, std::string_view key) {
  std::string text = Str(o, key);
  if (text.empty()) return std::nullopt;
  auto date = core::ParseDate(text);
  if (!date) throw std::runtime_error("demo data: bad date '" + text + "' for " + std::string(key));
  return date;
}

template <typename Enum>
Enum Vocab(std::span<const core::Term<Enum>> terms, const json::object& o, std::string_view key) {
  auto value = core::ParseCode(terms, Str(o, key));
  if (!value) throw std::runtime_error("demo data: unknown " + std::string(key) + " '" + Str(o, key) + "'");
  return *value;
}

std::int64_t Ref(const std::map<std::string, std::int64_t>& ids, const std::string& key,
                 const char* what) {
  auto it = ids.find(key);
  if (it == ids.end()) throw std::runtime_error(std::string("demo data: unknown ") + what + " '" + key + "'");
  return it->second;
}

std::optional<std::int64_t> OptRef(const std::map<std::string, std::int64_t>& ids,
                                   const json::object& o, std::string_view key, const char* what) {
  std::string k = Str(o, key);
  if (k.empty()) return std::nullopt;
  return Ref(ids, k, what);
}

// A one-page PDF whose text is `title`: enough for a demo paper that opens in any reader.
std::string DemoPdf(const std::string& title) {
  std::string text;
  for (char c : title) text += (c == '(' || c == ')' || c == '\\') ? ' ' : c;
  std::string stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  char line[32];
  for (auto offset : offsets) {
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

const json::object& Demo() {
  static const json::value demo = json::parse(core::EmbeddedFiles().at("mkscb-2011-12.json"));
  return demo.as_object();
}

}  // namespace

std::string DemoSignIns() {
  std::string out;
  for (const auto& u : Demo().at("users").as_array()) {
    const auto& o = u.as_object();
    out += "  " + Str(o, "display_name") + ": " + Str(o, "email") + " / " + Str(o, "password") + "\n";
  }
  return out;
}

bool LoadDemo(storage::Database& database) {
  const auto& demo = Demo();
  auto db = database.Connect();
  core::SystemClock clock;
  governance::GovernanceStore store(*db);
  const auto& p = demo.at("partnership").as_object();
  if (store.FindPartnership(Str(p, "slug"))) return false;

  storage::Transaction tx(*db);
  governance::Partnership partnership{0, Str(p, "slug"), Str(p, "name"), Str(p, "area")};
  partnership.id = store.CreatePartnership(partnership, core::FormatTimestamp(clock.Now()));
  duties::DutyStore(*db).SetGovernanceDates(partnership.id, OptDate(p, "constitution_reviewed_on"),
                                             OptDate(p, "chair_appointment_reviewed_on"),
                                             OptDate(p, "lead_member_met_chair_on"));

  std::map<std::string, std::int64_t> agencies, people, groups;
  for (const auto& v : demo.at("agencies").as_array()) {
    const auto& o = v.as_object();
    governance::Agency a;
    a.partnership_id = partnership.id;
    a.name = Str(o, "name");
    a.sector = Vocab(governance::Sectors(), o, "sector");
    a.statutory = o.at("statutory").as_bool();
    a.signed_constitution_on = OptDate(o, "signed_constitution_on");
    a.joined_on = OptDate(o, "joined_on");
    a.ended_on = OptDate(o, "ended_on");
    agencies[Str(o, "key")] = store.CreateAgency(a);
  }
  for (const auto& v : demo.at("people").as_array()) {
    const auto& o = v.as_object();
    governance::Person person;
    person.partnership_id = partnership.id;
    person.full_name = Str(o, "full_name");
    person.job_title = Str(o, "job_title");
    person.agency_id = OptRef(agencies, o, "agency", "agency");
    person.email = Str(o, "email");
    person.phone = Str(o, "phone");
    people[Str(o, "key")] = store.CreatePerson(person);
  }
  // Groups refer to their parents: create them all, then set parents.
  std::vector<std::pair<std::int64_t, std::string>> parents;
  for (const auto& v : demo.at("groups").as_array()) {
    const auto& o = v.as_object();
    governance::Group g;
    g.partnership_id = partnership.id;
    g.name = Str(o, "name");
    g.short_name = Str(o, "short_name");
    g.kind = Vocab(governance::GroupKinds(), o, "kind");
    g.chair_person_id = OptRef(people, o, "chair", "person");
    g.vice_chair_person_id = OptRef(people, o, "vice_chair", "person");
    g.cadence = Vocab(governance::Cadences(), o, "cadence");
    g.terms_of_reference = Str(o, "terms_of_reference");
    g.terms_reviewed_on = OptDate(o, "terms_reviewed_on");
    if (o.contains("confidential_area"))
      g.confidential_area = Vocab(governance::ConfidentialAreas(), o, "confidential_area");
    g.id = store.CreateGroup(g);
    groups[Str(o, "key")] = g.id;
    if (!Str(o, "parent").empty()) parents.emplace_back(g.id, Str(o, "parent"));
  }
  for (const auto& [id, parent] : parents) {
    auto group = *store.FindGroup(partnership.id, id);
    group.parent_group_id = Ref(groups, parent, "group");
    store.UpdateGroup(group);
  }
  for (const auto& v : demo.at("memberships").as_array()) {
    const auto& o = v.as_object();
    governance::Membership m;
    m.partnership_id = partnership.id;
    m.group_id = Ref(groups, Str(o, "group"), "group");
    m.person_id = Ref(people, Str(o, "person"), "person");
    m.agency_id = OptRef(agencies, o, "agency", "agency");
    m.role_category = Vocab(governance::RoleCategories(), o, "role_category");
    m.started_on = *OptDate(o, "started_on");
    m.ended_on = OptDate(o, "ended_on");
    m.confidentiality_signed_on = OptDate(o, "confidentiality_signed_on");
    store.CreateMembership(m);
  }
  meetings::MeetingStore meeting_store(*db);
  for (const auto& v : demo.at("groups").as_array()) {
    const auto& o = v.as_object();
    const auto& q = o.at("quorum").as_object();
    meetings::QuorumRule rule;
    rule.min_members = static_cast<int>(q.at("min_members").as_int64());
    rule.min_agencies = static_cast<int>(q.at("min_agencies").as_int64());
    for (const auto& a : q.at("required_agencies").as_array())
      rule.required_agencies.push_back(Ref(agencies, std::string(a.as_string()), "agency"));
    meeting_store.SetQuorumRule(partnership.id, groups.at(Str(o, "key")), rule);
    if (auto it = q.find("procedure_approval_agencies"); it != q.end())
      meeting_store.SetProcedureApprovalAgencies(partnership.id, groups.at(Str(o, "key")),
                                                 static_cast<int>(it->value().as_int64()));
  }
  std::map<std::string, std::int64_t> meeting_ids;
  std::map<std::int64_t, std::string> meeting_dates;
  for (const auto& v : demo.at("meetings").as_array()) {
    const auto& o = v.as_object();
    meetings::Meeting m;
    m.partnership_id = partnership.id;
    m.group_id = Ref(groups, Str(o, "group"), "group");
    m.title = Str(o, "title");
    m.meets_on = *OptDate(o, "meets_on");
    m.cancelled = o.at("cancelled").as_bool();
    m.location = "Civic Offices, Milton Keynes";
    auto id = meeting_store.CreateMeeting(m);
    meeting_ids[Str(o, "key")] = id;
    meeting_dates[id] = Str(o, "meets_on");
  }
  std::map<std::string, std::int64_t> decision_keys;
  for (const auto& v : demo.at("decisions").as_array()) {
    const auto& o = v.as_object();
    meetings::Decision d;
    d.meeting_id = OptRef(meeting_ids, o, "meeting", "meeting");
    d.group_id = Ref(groups, Str(o, "group"), "group");
    d.decided_on = *OptDate(o, "decided_on");
    d.text = Str(o, "text");
    d.chairs_action = o.at("chairs_action").as_bool();
    auto id = meeting_store.CreateDecision(partnership.id, d);
    if (!Str(o, "ratified_at").empty()) decision_keys[Str(o, "ratified_at")] = id;
  }
  // Standing agenda items, in date order, as scheduling them one by one would have added.
  {
    std::vector<std::pair<std::string, std::int64_t>> by_date;
    for (const auto& [id, day] : meeting_dates) by_date.emplace_back(day, id);
    std::sort(by_date.begin(), by_date.end());
    for (const auto& [day, id] : by_date) {
      auto meeting = *meeting_store.FindMeeting(partnership.id, id);
      auto group = store.FindGroup(partnership.id, meeting.group_id);
      if (!meeting.cancelled) meeting_store.PrepareAgenda(meeting, group->kind);
    }
    for (const auto& [meeting_key, decision] : decision_keys)
      meeting_store.Ratify(partnership.id, decision, Ref(meeting_ids, meeting_key, "meeting"));
  }
  std::map<std::string, std::int64_t> item_ids;
  for (const auto& v : demo.at("agenda_items").as_array()) {
    const auto& o = v.as_object();
    meetings::AgendaItem item;
    item.meeting_id = Ref(meeting_ids, Str(o, "meeting"), "meeting");
    item.title = Str(o, "title");
    item.presenter = Str(o, "presenter");
    item.decision_needed = o.at("decision_needed").as_bool();
    item.confidential = o.at("confidential").as_bool();
    item.minute_text = Str(o, "minute_text");
    item_ids[Str(o, "meeting") + "/" + item.title] = meeting_store.AddAgendaItem(partnership.id, item);
  }
  for (const auto& v : demo.at("papers").as_array()) {
    const auto& o = v.as_object();
    meetings::Paper paper;
    paper.agenda_item_id = Ref(item_ids, Str(o, "meeting") + "/" + Str(o, "item"), "agenda item");
    paper.file_name = Str(o, "file_name");
    paper.content_type = "application/pdf";
    paper.uploaded_at = Str(o, "uploaded_at");
    std::string pdf = DemoPdf(paper.file_name);
    paper.size_bytes = static_cast<std::int64_t>(pdf.size());
    meeting_store.AddPaper(partnership.id, paper, core::Base64Encode(pdf));
  }
  for (const auto& v : demo.at("minutes").as_array()) {
    const auto& o = v.as_object();
    meetings::Minutes m;
    m.meeting_id = Ref(meeting_ids, Str(o, "meeting"), "meeting");
    m.body = Str(o, "body");
    m.status = Required(meetings::MinutesStatuses(), Str(o, "status"), "minutes status");
    m.circulated_on = core::ParseDate(meeting_dates.at(m.meeting_id));
    if (auto at = OptRef(meeting_ids, o, "approved_at", "meeting")) {
      m.approved_at_meeting_id = at;
      m.approved_on = core::ParseDate(meeting_dates.at(*at));
    }
    meeting_store.SaveMinutes(partnership.id, m);
  }
  for (const auto& v : demo.at("attendance").as_array()) {
    const auto& o = v.as_object();
    auto meeting = Ref(meeting_ids, Str(o, "meeting"), "meeting");
    auto person = Ref(people, Str(o, "person"), "person");
    auto membership = meeting_store.MembershipAtMeeting(partnership.id, meeting, person);
    if (!membership)
      throw std::runtime_error("demo data: " + Str(o, "person") + " is not a member at " +
                               Str(o, "meeting"));
    auto status = core::ParseCode(meetings::AttendanceStatuses(), Str(o, "status"));
    if (!status) throw std::runtime_error("demo data: bad attendance status " + Str(o, "status"));
    meeting_store.RecordAttendance(meeting, *membership, *status,
                                   OptRef(people, o, "deputy", "person"));
  }
  for (const auto& v : demo.at("actions").as_array()) {
    const auto& o = v.as_object();
    meetings::MeetingAction a;
    a.meeting_id = Ref(meeting_ids, Str(o, "meeting"), "meeting");
    a.description = Str(o, "description");
    a.owner_person_id = OptRef(people, o, "owner", "person");
    a.due_on = OptDate(o, "due_on");
    a.status = Required(meetings::ActionStatuses(), Str(o, "status"), "action status");
    meeting_store.CreateAction(partnership.id, a);
  }
  for (const auto& v : demo.at("disputes").as_array()) {
    const auto& o = v.as_object();
    duties::Dispute d{0, Str(o, "summary"), *OptDate(o, "raised_on"), OptDate(o, "convened_on"),
                      OptDate(o, "met_on"), OptDate(o, "mediator_agreed_on")};
    duties::DutyStore(*db).AddDispute(partnership.id, d);
  }
  // The 2010-11 business plan, loaded through the same checks as a user's import.
  {
    plan::PlanStore plans(*db);
    plan::Plan p{0, "MKSCB Business Plan 2010-11", std::chrono::year(2010) / 1 / 20,
                 std::chrono::year(2011) / 3 / 31, std::nullopt, ""};
    auto plan_id = plans.CreatePlan(partnership.id, p);
    auto table = plan::ParseCsv(core::EmbeddedFiles().at("mkscb-business-plan-2010-11.csv"));
    auto checked = plan::CheckPlanImport(table, plans.LeadNames(partnership.id));
    if (!checked.errors.empty())
      throw std::runtime_error("demo plan: row " + std::to_string(checked.errors[0].row) + ", " +
                               checked.errors[0].column + ": " + checked.errors[0].message);
    plans.SaveImport(partnership.id, plan_id, checked, std::chrono::year(2010) / 11 / 15);
    // The 2011-13 plan (annual report appendix 6), approved at the Board of 14 April 2011.
    plan::Plan next{0, "MKSCB Business Plan 2011-13", std::chrono::year(2011) / 4 / 1,
                     std::chrono::year(2013) / 3 / 31, std::nullopt,
                     "The impact on children and young people of:\n\n1. domestic abuse\n2. parental substance "
                     "misuse\n3. parental mental ill-health\n"};
    for (const auto& m : meetings::MeetingStore(*db).BoardMeetings(partnership.id, 1000))
      if (m.meets_on == std::chrono::year(2011) / 4 / 14) next.approved_at_meeting_id = m.id;
    auto next_id = plans.CreatePlan(partnership.id, next);
    auto next_checked = plan::CheckPlanImport(plan::ParseCsv(core::EmbeddedFiles().at("mkscb-business-plan-2011-13.csv")),
                                              plans.LeadNames(partnership.id));
    if (!next_checked.errors.empty())
      throw std::runtime_error("demo plan 2011-13: row " + std::to_string(next_checked.errors[0].row) + ", " +
                               next_checked.errors[0].column + ": " + next_checked.errors[0].message);
    plans.SaveImport(partnership.id, next_id, next_checked, std::chrono::year(2012) / 3 / 1);
  }
  {
    performance::PerformanceStore performance(*db);
    for (const auto& [year, population] : demo.at("populations").as_object())
      performance.SetPopulation(partnership.id, std::stoi(std::string(year)), population.as_int64());
    for (const auto& [year, figures] : demo.at("child_protection").as_object())
      for (const auto& [measure, value] : figures.as_object())
        performance.SetFigure(partnership.id, std::stoi(std::string(year)), std::string(measure), value.as_int64());
    auto number = [](const json::value& v) { return v.is_double() ? v.as_double() : static_cast<double>(v.as_int64()); };
    for (const auto& v : demo.at("indicators").as_array()) {
      const auto& o = v.as_object();
      performance::Indicator indicator;
      indicator.code = Str(o, "code");
      indicator.name = Str(o, "name");
      indicator.cluster = Vocab(performance::Clusters(), o, "cluster");
      indicator.unit = Vocab(performance::Units(), o, "unit");
      indicator.better = Vocab(performance::Betters(), o, "better");
      auto id = performance.CreateIndicator(partnership.id, indicator, OptRef(agencies, o, "agency", "agency"));
      for (const auto& [period, value] : o.at("values").as_object()) performance.SetValue(id, std::string(period), number(value));
      // Rates are computed from counts and the year's population, never typed in.
      if (auto counts = o.find("counts"); counts != o.end())
        for (const auto& [period, count] : counts->value().as_object()) {
          std::string p(period);
          auto population = performance.Population(partnership.id, performance::YearOfPeriod(p));
          if (!population) throw std::runtime_error("demo data: no population for " + p);
          performance.SetValue(id, p, static_cast<double>(*performance::RateTenthsPer10000(count.as_int64(), *population)) / 10.0);
        }
      for (const auto& [year, value] : o.at("targets").as_object()) performance.SetTarget(id, std::string(year), number(value));
      for (const auto& [year, value] : o.at("national").as_object())
        performance.SetComparator(id, std::string(year), "national", number(value));
    }
  }
  // Child deaths and case reviews (annual report 2.4 and 2.5): pseudonymous records, loaded
  // through the stores as the panels' forms would record them.
  {
    cdop::CdopStore deaths(*db);
    casereviews::CaseReviewStore case_reviews(*db);
    const auto& cd = demo.at("child_deaths").as_object();
    // RULE: annual report 2.5 - deaths per calendar year before the panel kept records.
    for (const auto& v : cd.at("history").as_array()) {
      const auto& o = v.as_object();
      deaths.SetHistory(partnership.id, {Str(o, "period"), static_cast<int>(o.at("deaths").as_int64())});
    }
    // Notifications in the order they were made, so that their CD- references follow it.
    std::map<std::string, cdop::Case> cases;
    for (const auto& v : cd.at("notifications").as_array()) {
      const auto& o = v.as_object();
      cdop::Case c;
      c.date_of_birth = *OptDate(o, "date_of_birth");
      c.date_of_death = *OptDate(o, "date_of_death");
      c.sex = Vocab(cdop::Sexes(), o, "sex");
      c.normally_resident = o.at("normally_resident").as_bool();
      c.place_of_death = Vocab(cdop::PlacesOfDeath(), o, "place_of_death");
      c.expected = Vocab(cdop::Expectations(), o, "expected");
      c.notified_by = Str(o, "notified_by");
      c.notified_on = *OptDate(o, "notified_on");
      deaths.Notify(partnership.id, c);
      cases[Str(o, "key")] = c;
    }
    auto case_of = [&cases](const std::string& key) -> const cdop::Case& {
      auto it = cases.find(key);
      if (it == cases.end()) throw std::runtime_error("demo data: unknown notification '" + key + "'");
      return it->second;
    };
    // Reviews and referrals from agencies in date order: a review with a safeguarding concern
    // creates its referral, so the CR- references follow the order of events too.
    const auto& cr = demo.at("case_reviews").as_object();
    std::vector<std::pair<std::string, const json::object*>> events;  // (date, review or referral)
    for (const auto& v : cd.at("reviews").as_array())
      events.emplace_back(Str(v.as_object(), "reviewed_on"), &v.as_object());
    for (const auto& v : cr.at("referrals").as_array())
      if (Str(v.as_object(), "child_death").empty())
        events.emplace_back(Str(v.as_object(), "referred_on"), &v.as_object());
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::map<std::string, std::int64_t> referral_ids;
    for (const auto& [on, event] : events) {
      const auto& o = *event;
      if (o.contains("notification")) {
        const auto& c = case_of(Str(o, "notification"));
        cdop::CaseReview review;
        review.case_id = c.id;
        review.meeting_id = OptRef(meeting_ids, o, "meeting", "meeting");
        review.reviewed_on = *OptDate(o, "reviewed_on");
        review.category = Vocab(cdop::Categories(), o, "category");
        review.modifiable = Vocab(cdop::ModifiableFindings(), o, "modifiable");
        review.modifiable_factors = Str(o, "modifiable_factors");
        review.sudi = o.at("sudi").as_bool();
        review.safeguarding_concern = o.at("safeguarding_concern").as_bool();
        review.lessons = Str(o, "lessons");
        for (const auto& a : o.at("recommendation_areas").as_array()) {
          std::string code(a.as_string());
          auto area = core::ParseCode(cdop::RecommendationAreas(), code);
          if (!area) throw std::runtime_error("demo data: unknown recommendation area '" + code + "'");
          review.recommendation_areas.push_back(*area);
        }
        deaths.RecordReview(partnership.id, c, review, Str(o, "referral_summary"));
      } else {
        casereviews::Referral referral;
        referral.referred_on = *OptDate(o, "referred_on");
        referral.referring_agency_id = OptRef(agencies, o, "referring_agency", "agency");
        referral.summary = Str(o, "summary");
        referral_ids[Str(o, "key")] = case_reviews.CreateReferral(partnership.id, referral);
      }
    }
    // RULE: annual report 2.4 - the panel's decisions, at its (quorate) meetings; a decision to
    // hold a serious case review opens the review.
    for (const auto& v : cr.at("referrals").as_array()) {
      const auto& o = v.as_object();
      if (!Str(o, "child_death").empty()) {
        auto from = deaths.ReferralOf(partnership.id, case_of(Str(o, "child_death")).id);
        if (!from) throw std::runtime_error("demo data: no referral from the review of " + Str(o, "child_death"));
        referral_ids[Str(o, "key")] = *from;
      }
      if (Str(o, "decision").empty()) continue;
      auto referral = *case_reviews.FindReferral(partnership.id, Ref(referral_ids, Str(o, "key"), "referral"));
      referral.meeting_id = OptRef(meeting_ids, o, "meeting", "meeting");
      referral.decision = Vocab(casereviews::Decisions(), o, "decision");
      referral.follow_up = Vocab(casereviews::FollowUps(), o, "follow_up");
      referral.follow_up_agency_id = OptRef(agencies, o, "follow_up_agency", "agency");
      referral.decision_notes = Str(o, "decision_notes");
      case_reviews.RecordDecision(partnership.id, referral);
    }
    for (const auto& v : cr.at("reviews").as_array()) {
      const auto& o = v.as_object();
      auto referral_id = Ref(referral_ids, Str(o, "referral"), "referral");
      auto review = case_reviews.ReviewOfReferral(partnership.id, referral_id);
      if (!review) throw std::runtime_error("demo data: no serious case review for " + Str(o, "referral"));
      review->terms_of_reference = Str(o, "terms_of_reference");
      review->overview_author = Str(o, "overview_author");
      review->overview_report = Str(o, "overview_report");
      if (!Str(o, "grading").empty()) review->grading = Vocab(casereviews::Gradings(), o, "grading");
      review->endorsed_on = OptDate(o, "endorsed_on");
      case_reviews.SaveReviewDetails(partnership.id, *review);
      for (const auto& i : o.at("imrs").as_array()) {
        const auto& m = i.as_object();
        case_reviews.AddManagementReview(
            {0, review->id, Ref(agencies, Str(m, "agency"), "agency"), *OptDate(m, "due_on"), OptDate(m, "received_on")});
      }
      for (const auto& r : o.at("recommendations").as_array()) {
        const auto& m = r.as_object();
        casereviews::Recommendation recommendation;
        recommendation.review_id = review->id;
        recommendation.agency_id = Ref(agencies, Str(m, "agency"), "agency");
        recommendation.text = Str(m, "text");
        auto id = case_reviews.AddRecommendation(recommendation);
        for (const auto& a : m.at("actions").as_array()) {
          const auto& action = a.as_object();
          case_reviews.AddActionItem(
              {0, id, Str(action, "action"), *OptDate(action, "due_on"), OptDate(action, "completed_on")});
        }
        // RULE: issue 5 - signed off only when every action on it is complete.
        if (auto on = OptDate(m, "signed_off_on")) {
          if (!casereviews::CanSignOff(*case_reviews.FindRecommendation(partnership.id, id)))
            throw std::runtime_error("demo data: a recommendation with open actions cannot be signed off");
          case_reviews.SignOff(id, *on);
        }
      }
      for (const auto& a : o.at("audits").as_array()) {
        const auto& m = a.as_object();
        case_reviews.AddAudit({0, review->id, *OptDate(m, "audited_on"), Str(m, "finding")});
      }
    }
    for (const auto& v : cr.at("briefings").as_array()) {
      const auto& o = v.as_object();
      case_reviews.AddBriefing(partnership.id, Ref(referral_ids, Str(o, "referral"), "referral"),
                               Ref(groups, Str(o, "group"), "group"), *OptDate(o, "requested_on"), Str(o, "learning"));
    }
  }
  for (const auto& v : demo.at("users").as_array()) {
    const auto& o = v.as_object();
    if (auth::FindUserByEmail(*db, Str(o, "email"))) continue;
    auto id = auth::CreateUser(*db, clock, Str(o, "email"), Str(o, "display_name"),
                               Str(o, "password"), o.at("is_admin").as_bool());
    if (auto person = OptRef(people, o, "person", "person"))
      store.LinkPersonToUser(partnership.id, *person, id);
  }
  auth::Audit(*db, clock, {std::nullopt, partnership.id, "load-demo", "partnership", partnership.id,
                           "", ""});
  tx.Commit();
  return true;
}

void AddDemoCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("demo", "Load the demo board (Milton Keynes, 2011-12)");
  auto url = std::make_shared<std::string>(kDefaultDatabase);
  cmd->add_option("--database", *url, "sqlite:PATH or postgresql://...")->capture_default_str();
  cmd->callback([url] {
    auto database = OpenAndMigrate(*url);
    if (LoadDemo(*database))
      std::cout << "loaded the demo board into " << *url << "\n";
    else
      std::cout << "the demo board is already in " << *url << "\n";
    std::cout << "demo sign-ins:\n" << DemoSignIns();
  });
}

}  // namespace safeboard::cli
