// The meetings part of the demo board (quorum rules, meetings, decisions, agendas, papers,
// minutes, attendance, actions), through the area's store.
#include "meetings/demo.h"

#include <algorithm>

#include "core/base64.h"
#include "governance/store.h"
#include "meetings/paper_rendition.h"
#include "meetings/store.h"

namespace safeboard::meetings {

using demo::OptDate;
using demo::OptRef;
using demo::Ref;
using demo::Str;
using demo::Vocab;
namespace json = boost::json;

namespace {

// Each group's quorum rule (and how many agencies approve a procedure), stored on the group.
void QuorumRules(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  MeetingStore meeting_store(load.db);
  for (const auto& v : file.at("groups").as_array()) {
    const auto& o = v.as_object();
    const auto& q = o.at("quorum").as_object();
    QuorumRule rule;
    rule.min_members = static_cast<int>(q.at("min_members").as_int64());
    rule.min_agencies = static_cast<int>(q.at("min_agencies").as_int64());
    for (const auto& a : q.at("required_agencies").as_array())
      rule.required_agencies.push_back(Ref(load.agencies, std::string(a.as_string()), "agency"));
    meeting_store.SetQuorumRule(partnership_id, load.groups.at(Str(o, "key")), rule);
    if (auto it = q.find("procedure_approval_agencies"); it != q.end())
      meeting_store.SetProcedureApprovalAgencies(partnership_id, load.groups.at(Str(o, "key")),
                                                 static_cast<int>(it->value().as_int64()));
  }
}

void Meetings(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  MeetingStore meeting_store(load.db);
  auto& meeting_ids = load.meetings;
  auto& meeting_dates = load.meeting_dates;
  for (const auto& v : file.at("meetings").as_array()) {
    const auto& o = v.as_object();
    Meeting m;
    m.partnership_id = partnership_id;
    m.group_id = Ref(load.groups, Str(o, "group"), "group");
    m.title = Str(o, "title");
    m.meets_on = *OptDate(o, "meets_on");
    m.cancelled = o.at("cancelled").as_bool();
    m.location = Str(file.at("partnership").as_object(), "meeting_location");
    auto id = meeting_store.CreateMeeting(m);
    meeting_ids[Str(o, "key")] = id;
    meeting_dates[id] = Str(o, "meets_on");
  }
}

// Decisions, then each meeting's standing agenda items in date order (as scheduling them one by
// one would have added), then the ratification of chair's actions.
void DecisionsAndStandingItems(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  MeetingStore meeting_store(load.db);
  std::map<std::string, std::int64_t> decision_keys;
  for (const auto& v : file.at("decisions").as_array()) {
    const auto& o = v.as_object();
    Decision d;
    d.meeting_id = OptRef(load.meetings, o, "meeting", "meeting");
    d.group_id = Ref(load.groups, Str(o, "group"), "group");
    d.decided_on = *OptDate(o, "decided_on");
    d.text = Str(o, "text");
    d.chairs_action = o.at("chairs_action").as_bool();
    auto id = meeting_store.CreateDecision(partnership_id, d);
    if (!Str(o, "ratified_at").empty()) decision_keys[Str(o, "ratified_at")] = id;
  }
  {
    std::vector<std::pair<std::string, std::int64_t>> by_date;
    for (const auto& [id, day] : load.meeting_dates) by_date.emplace_back(day, id);
    std::sort(by_date.begin(), by_date.end());
    for (const auto& [day, id] : by_date) {
      auto meeting = *meeting_store.FindMeeting(partnership_id, id);
      auto group = governance::GovernanceStore(load.db).FindGroup(partnership_id, meeting.group_id);
      if (!meeting.cancelled) meeting_store.PrepareAgenda(meeting, *group);
    }
    for (const auto& [meeting_key, decision] : decision_keys)
      meeting_store.Ratify(partnership_id, decision, Ref(load.meetings, meeting_key, "meeting"));
  }
}

void AgendaItemsAndPapers(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  MeetingStore meeting_store(load.db);
  std::map<std::string, std::int64_t> item_ids;
  for (const auto& v : file.at("agenda_items").as_array()) {
    const auto& o = v.as_object();
    AgendaItem item;
    item.meeting_id = Ref(load.meetings, Str(o, "meeting"), "meeting");
    item.title = Str(o, "title");
    item.presenter = Str(o, "presenter");
    item.decision_needed = o.at("decision_needed").as_bool();
    item.confidential = o.at("confidential").as_bool();
    item.minute_text = Str(o, "minute_text");
    item_ids[Str(o, "meeting") + "/" + item.title] = meeting_store.AddAgendaItem(partnership_id, item);
  }
  for (const auto& v : file.at("papers").as_array()) {
    const auto& o = v.as_object();
    Paper paper;
    paper.agenda_item_id = Ref(item_ids, Str(o, "meeting") + "/" + Str(o, "item"), "agenda item");
    paper.file_name = Str(o, "file_name");
    paper.content_type = "application/pdf";
    paper.uploaded_at = Str(o, "uploaded_at");
    std::vector<std::string> lines;
    if (o.contains("lines"))
      for (const auto& line : o.at("lines").as_array()) lines.push_back(std::string(line.as_string()));
    std::string pdf = demo::DemoPdf(paper.file_name, lines);
    paper.size_bytes = static_cast<std::int64_t>(pdf.size());
    meeting_store.AddPaper(partnership_id, paper, core::Base64Encode(pdf), RenderPaper(pdf, paper));
  }
}

void MinutesOfMeetings(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  MeetingStore meeting_store(load.db);
  for (const auto& v : file.at("minutes").as_array()) {
    const auto& o = v.as_object();
    Minutes m;
    m.meeting_id = Ref(load.meetings, Str(o, "meeting"), "meeting");
    m.body = Str(o, "body");
    m.status = Vocab(MinutesStatuses(), o, "status");
    m.circulated_on = core::ParseDate(load.meeting_dates.at(m.meeting_id));
    if (auto at = OptRef(load.meetings, o, "approved_at", "meeting")) {
      m.approved_at_meeting_id = at;
      m.approved_on = core::ParseDate(load.meeting_dates.at(*at));
    }
    meeting_store.SaveMinutes(partnership_id, m);
  }
}

void Attendance(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  MeetingStore meeting_store(load.db);
  for (const auto& v : file.at("attendance").as_array()) {
    const auto& o = v.as_object();
    auto meeting = Ref(load.meetings, Str(o, "meeting"), "meeting");
    auto person = Ref(load.people, Str(o, "person"), "person");
    auto membership = meeting_store.MembershipAtMeeting(partnership_id, meeting, person);
    if (!membership)
      throw std::runtime_error("demo data: " + Str(o, "person") + " is not a member at " +
                               Str(o, "meeting"));
    meeting_store.RecordAttendance(meeting, *membership, Vocab(AttendanceStatuses(), o, "status"),
                                   OptRef(load.people, o, "deputy", "person"));
  }
}

void Actions(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  MeetingStore meeting_store(load.db);
  for (const auto& v : file.at("actions").as_array()) {
    const auto& o = v.as_object();
    MeetingAction a;
    a.meeting_id = Ref(load.meetings, Str(o, "meeting"), "meeting");
    a.description = Str(o, "description");
    a.owner_person_id = OptRef(load.people, o, "owner", "person");
    a.due_on = OptDate(o, "due_on");
    a.status = Vocab(ActionStatuses(), o, "status");
    meeting_store.CreateAction(partnership_id, a);
  }
}

}  // namespace

void LoadDemo(demo::DemoLoad& load) {
  QuorumRules(load);
  Meetings(load);
  DecisionsAndStandingItems(load);
  AgendaItemsAndPapers(load);
  MinutesOfMeetings(load);
  Attendance(load);
  Actions(load);
}

}  // namespace safeboard::meetings
