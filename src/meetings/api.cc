// JSON handlers for meetings, shaped after OParl 1.1: each object carries its OParl "type", an
// "id" (the record's number), its API "url" and its page ("web"). Validation and saving are the
// pages' own (meetings/forms.h, meetings/meeting_save.h).
#include "meetings/api.h"

#include <algorithm>
#include <map>

#include "api/json_io.h"
#include "auth/policy.h"
#include "core/base64.h"
#include "core/date.h"
#include "core/form_fields.h"
#include "governance/governance.h"
#include "governance/store.h"
#include "meetings/forms.h"
#include "meetings/meeting_save.h"
#include "meetings/meetings.h"
#include "meetings/store.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using http::Context;
using http::Response;
using meetings::MeetingStore;

constexpr const char* kOParl = "https://schema.oparl.org/1.1/";

std::string ApiPath(const Context& ctx, const std::string& rest) {
  return "/api/v1/p/" + ctx.partnership->slug + rest;
}

meetings::Meeting MeetingOrNotFound(Context& ctx, std::int64_t id) {
  auto meeting = MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), id);
  if (!meeting) throw http::NotFound{};
  return *meeting;
}

bool SeesConfidential(const Context& ctx, std::int64_t group_id) { return auth::SeesConfidentialItemsOf(ctx.access, group_id); }

json::object FileJson(const Context& ctx, const meetings::Paper& p) {
  std::string download = ctx.PartnershipPath("/papers/" + std::to_string(p.id));
  return {{"type", std::string(kOParl) + "File"}, {"id", p.id}, {"url", ApiPath(ctx, "/papers/" + std::to_string(p.id))},
          {"name", p.file_name}, {"fileName", p.file_name}, {"mimeType", p.content_type}, {"size", p.size_bytes},
          {"date", p.uploaded_at}, {"accessUrl", download}, {"downloadUrl", download}, {"late", p.late},
          {"lateAccepted", p.late_accepted}};
}

// The meeting's OParl fields without its parts (the list).
json::object MeetingSummary(const Context& ctx, const meetings::Meeting& m, const std::string& group_name) {
  auto today = core::DateOf(ctx.clock.Now());
  return {{"type", std::string(kOParl) + "Meeting"},
          {"id", m.id},
          {"url", ApiPath(ctx, "/meetings/" + std::to_string(m.id))},
          {"web", ctx.PartnershipPath("/meetings/" + std::to_string(m.id))},
          {"name", m.title.empty() ? group_name : m.title},
          {"organization", json::array{json::value(ApiPath(ctx, "/groups/" + std::to_string(m.group_id)))}},
          {"organizationName", group_name},
          {"meetingState", meetings::MeetingStatus(m.cancelled, m.meets_on, today).label},
          {"cancelled", m.cancelled},
          {"start", core::FormatDate(m.meets_on) + "T" + m.starts_at + ":00"},
          {"location", json::object{{"type", std::string(kOParl) + "Location"}, {"description", m.location}}}};
}

std::string GroupName(Context& ctx, std::int64_t group_id) {
  auto group = governance::GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), group_id);
  return group ? group->name : "";
}

json::object ItemJson(Context& ctx, const meetings::Meeting& m, const meetings::AgendaItem& item, int number,
                      const std::vector<meetings::Paper>& papers, bool sees_confidential, bool minutes_readable) {
  json::object out{{"type", std::string(kOParl) + "AgendaItem"},
                   {"id", item.id},
                   {"meeting", ApiPath(ctx, "/meetings/" + std::to_string(m.id))},
                   {"number", std::to_string(number)},
                   {"order", number},
                   {"public", !item.confidential}};
  // RULE: issue 12 - a confidential item shows only as such to those not entitled.
  if (item.confidential && !sees_confidential) {
    out["name"] = "Confidential item";
    return out;
  }
  if (item.confidential) ctx.Audit(auth::AuditAction::kView, "agenda-item", item.id, "api");
  out["name"] = item.title;
  out["presenter"] = item.presenter;
  out["decisionNeeded"] = item.decision_needed;
  json::array files;
  for (const auto& p : papers)
    if (p.agenda_item_id == item.id) files.push_back(FileJson(ctx, p));
  out["auxiliaryFile"] = files;
  if (minutes_readable && !item.minute_text.empty()) out["minutes"] = item.minute_text;
  return out;
}

// RULE: Constitution 6h - drafts are the board team's; members read minutes once circulated.
bool MinutesReadable(const Context& ctx, const std::optional<meetings::Minutes>& minutes) {
  return minutes && (minutes->status != meetings::MinutesStatus::kDraft || ctx.Can(auth::Permission::kManagePartnership));
}

json::object MeetingJson(Context& ctx, const meetings::Meeting& m) {
  MeetingStore store(ctx.db);
  auto out = MeetingSummary(ctx, m, GroupName(ctx, m.group_id));
  bool sees = SeesConfidential(ctx, m.group_id);
  auto items = store.AgendaOf(ctx.partnership_id(), m.id);
  auto papers = store.PapersOfMeeting(ctx.partnership_id(), m.id);
  auto minutes = store.MinutesOf(ctx.partnership_id(), m.id);
  bool readable = MinutesReadable(ctx, minutes);
  std::map<std::int64_t, bool> hidden;  // agenda item id: hidden from this reader
  json::array agenda, files;
  int number = 0;
  for (const auto& item : items) {
    hidden[item.id] = item.confidential && !sees;
    agenda.push_back(ItemJson(ctx, m, item, ++number, papers, sees, readable));
    if (!hidden[item.id])
      for (const auto& p : papers)
        if (p.agenda_item_id == item.id) files.push_back(FileJson(ctx, p));
  }
  out["agendaItem"] = agenda;
  out["auxiliaryFile"] = files;
  out["agendaPack"] = json::object{{"type", std::string(kOParl) + "File"}, {"name", "Agenda pack"},
                                   {"mimeType", "application/pdf"},
                                   {"accessUrl", ctx.PartnershipPath("/meetings/" + std::to_string(m.id) + "/agenda-pack.pdf")}};
  auto attendance = store.AttendanceOf(m);
  json::array participants;
  for (const auto& e : attendance)
    participants.push_back(json::object{
        {"membershipId", e.membership_id},
        {"person", ApiPath(ctx, "/people/" + std::to_string(e.person_id))},
        {"name", e.person_name},
        {"agency", e.agency_name},
        {"role", std::string(core::CodeOf(governance::RoleCategories(), e.role))},
        {"attendance", e.status ? json::value(std::string(core::CodeOf(meetings::AttendanceStatuses(), *e.status)))
                                : json::value(nullptr)},
        {"deputy", e.deputy_name}});
  out["participant"] = participants;
  auto quorum = meetings::CheckQuorum(store.QuorumRuleOf(ctx.partnership_id(), m.group_id),
                                      meetings::AttendeesFrom(attendance));
  json::array reasons;
  for (const auto& r : quorum.reasons) reasons.push_back(json::value(r));
  out["quorum"] = json::object{{"quorate", quorum.quorate}, {"reasons", reasons}};
  json::array decisions;
  for (const auto& d : store.DecisionsOfMeeting(ctx.partnership_id(), m.id)) {
    if (d.agenda_item_id && hidden[*d.agenda_item_id]) continue;
    decisions.push_back(json::object{{"id", d.id}, {"text", d.text}, {"decidedOn", core::FormatDate(d.decided_on)},
                                     {"agendaItem", IdJson(d.agenda_item_id)}, {"chairsAction", d.chairs_action},
                                     {"approvesProcedure", d.approves_procedure}});
  }
  out["decisions"] = decisions;
  json::array actions;
  for (const auto& a : store.ActionsOfMeeting(ctx.partnership_id(), m.id))
    actions.push_back(json::object{{"id", a.id}, {"description", a.description}, {"owner", a.owner_name},
                                   {"ownerPerson", IdJson(a.owner_person_id)}, {"dueOn", DateJson(a.due_on)},
                                   {"status", std::string(core::CodeOf(meetings::ActionStatuses(), a.status))}});
  out["actions"] = actions;
  json::object minutes_json{{"status", minutes ? json::value(std::string(core::CodeOf(meetings::MinutesStatuses(), minutes->status)))
                                               : json::value(nullptr)}};
  if (readable) {
    minutes_json["body"] = minutes->body;
    minutes_json["circulatedOn"] = DateJson(minutes->circulated_on);
    minutes_json["approvedOn"] = DateJson(minutes->approved_on);
    minutes_json["web"] = ctx.PartnershipPath("/meetings/" + std::to_string(m.id) + "/minutes");
    out["resultsProtocol"] = json::object{{"type", std::string(kOParl) + "File"}, {"name", "Minutes"},
                                          {"mimeType", "application/pdf"},
                                          {"accessUrl", ctx.PartnershipPath("/meetings/" + std::to_string(m.id) + "/minutes.pdf")}};
  }
  out["minutes"] = minutes_json;
  return out;
}

std::optional<core::FieldValues> BodyOrError(Context& ctx, std::span<const std::string_view> writable, Response& refused) {
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) {
    refused = Error(400, error);
    return std::nullopt;
  }
  if (auto unknown = UnknownFields(*values, writable); !unknown.empty()) {
    refused = FieldErrorsResponse(unknown);
    return std::nullopt;
  }
  return values;
}

}  // namespace

Response ListMeetings(Context& ctx) {
  std::optional<std::int64_t> only_group;
  if (auto g = ctx.query.Get("group"); !g.empty()) only_group = std::atoll(g.c_str());
  core::FieldErrors errors;
  core::FieldValues query{{"from", ctx.query.Get("from")}, {"to", ctx.query.Get("to")}};
  auto from = governance::ReadDateField(query, "from", "the first day", false, errors);
  auto to = governance::ReadDateField(query, "to", "the last day", false, errors);
  if (!errors.empty()) return FieldErrorsResponse(errors);
  json::array data;
  for (const auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id())) {
    if (only_group && g.id != *only_group) continue;
    for (const auto& m : MeetingStore(ctx.db).MeetingsOfGroup(ctx.partnership_id(), g.id)) {
      if ((from && m.meets_on < *from) || (to && *to < m.meets_on)) continue;
      data.push_back(MeetingSummary(ctx, m, g.name));
    }
  }
  return Json(200, json::object{{"data", data}});
}

Response GetMeeting(Context& ctx) {
  auto m = MeetingOrNotFound(ctx, ctx.Id("id"));
  return Json(200, MeetingJson(ctx, m));
}

Response GetPaper(Context& ctx) {
  MeetingStore store(ctx.db);
  auto meeting_id = store.MeetingOfPaper(ctx.partnership_id(), ctx.Id("id"));
  if (!meeting_id) throw http::NotFound{};
  auto m = MeetingOrNotFound(ctx, *meeting_id);
  for (const auto& item : store.AgendaOf(ctx.partnership_id(), m.id))
    for (const auto& p : store.PapersOfMeeting(ctx.partnership_id(), m.id)) {
      if (p.id != ctx.Id("id") || p.agenda_item_id != item.id) continue;
      if (item.confidential && !SeesConfidential(ctx, m.group_id)) return Error(403, "This paper is under a confidential item");
      auto out = FileJson(ctx, p);
      out["meeting"] = ApiPath(ctx, "/meetings/" + std::to_string(m.id));
      out["agendaItem"] = item.id;
      return Json(200, out);
    }
  throw http::NotFound{};
}

Response ScheduleMeeting(Context& ctx) {
  static constexpr std::string_view kFields[] = {"title", "meets_on", "starts_at", "location", "repeat_until"};
  Response refused{};
  auto values = BodyOrError(ctx, kFields, refused);
  if (!values) return refused;
  auto group = governance::GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), ctx.Id("id"));
  if (!group) throw http::NotFound{};
  meetings::ScheduleRequest request;
  request.meeting.partnership_id = ctx.partnership_id();
  request.meeting.group_id = group->id;
  if (auto errors = meetings::ReadSchedule(*values, group->cadence, request); !errors.empty()) return FieldErrorsResponse(errors);
  json::array data;
  for (auto id : meetings::ScheduleMeetings(ctx, *group, request))
    data.push_back(MeetingSummary(ctx, MeetingOrNotFound(ctx, id), group->name));
  return Json(201, json::object{{"data", data}});
}

Response AddAgendaItem(Context& ctx) {
  static constexpr std::string_view kFields[] = {"item_title", "presenter", "decision_needed", "confidential"};
  Response refused{};
  auto values = BodyOrError(ctx, kFields, refused);
  if (!values) return refused;
  auto m = MeetingOrNotFound(ctx, ctx.Id("id"));
  meetings::AgendaItem item;
  if (auto errors = meetings::ReadAgendaItem(*values, m, item); !errors.empty()) return FieldErrorsResponse(errors);
  item.id = meetings::SaveAgendaItem(ctx, item);
  auto items = MeetingStore(ctx.db).AgendaOf(ctx.partnership_id(), m.id);
  auto at = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.id == item.id; });
  return Json(201, ItemJson(ctx, m, *at, static_cast<int>(at - items.begin()) + 1, {}, true, false));
}

Response AddPaper(Context& ctx) {
  static constexpr std::string_view kFields[] = {"file_name", "content_base64"};
  Response refused{};
  auto values = BodyOrError(ctx, kFields, refused);
  if (!values) return refused;
  MeetingStore store(ctx.db);
  auto item = store.FindAgendaItem(ctx.partnership_id(), ctx.Id("id"));
  if (!item) throw http::NotFound{};
  auto m = MeetingOrNotFound(ctx, item->meeting_id);
  core::FieldErrors errors;
  std::string file_name = core::ValueOf(*values, "file_name");
  if (file_name.empty()) errors.Add("file_name", "Enter the file's name, like budget.pdf");
  auto bytes = core::Base64Decode(core::ValueOf(*values, "content_base64"));
  if (!bytes || bytes->empty()) errors.Add("content_base64", "Send the file's bytes in base64");
  if (!errors.empty()) return FieldErrorsResponse(errors);
  auto saved = meetings::SavePaper(ctx, m, *item, file_name, *bytes);
  if (!saved.error.empty()) {
    core::FieldErrors refusal;
    refusal.Add("content_base64", saved.error);
    return FieldErrorsResponse(refusal);
  }
  for (const auto& p : store.PapersOfMeeting(ctx.partnership_id(), m.id))
    if (p.id == saved.id) return Json(201, FileJson(ctx, p));
  throw http::NotFound{};
}

Response RecordAttendance(Context& ctx) {
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  auto m = MeetingOrNotFound(ctx, ctx.Id("id"));
  core::FieldErrors errors;
  for (const auto& [field, value] : *values)
    if (field != "everyone_present" && !field.starts_with("status-") && !field.starts_with("deputy-"))
      errors.Add(field, "Unknown field: send everyone_present, or status-<membership> and deputy-<membership>");
  if (m.cancelled) errors.Add("attendance", "This meeting was cancelled: attendance cannot be recorded");
  if (!errors.empty()) return FieldErrorsResponse(errors);
  MeetingStore store(ctx.db);
  auto entries = store.AttendanceOf(m);
  std::vector<meetings::MarkInput> marks;
  if (core::ReadFlag(*values, "everyone_present")) {
    marks = meetings::EveryoneNotRecordedPresent(entries);
  } else {
    std::map<std::int64_t, std::optional<std::int64_t>> agency_of_person;
    for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id())) agency_of_person[p.id] = p.agency_id;
    if (auto refused = meetings::ReadAttendanceForm(*values, entries, agency_of_person, marks); !refused.empty())
      return FieldErrorsResponse(refused);
  }
  meetings::SaveAttendance(ctx, m, marks);
  return Json(200, MeetingJson(ctx, m));
}

Response RecordDecision(Context& ctx) {
  static constexpr std::string_view kFields[] = {"text", "agenda_item_id", "approves_procedure"};
  Response refused{};
  auto values = BodyOrError(ctx, kFields, refused);
  if (!values) return refused;
  auto m = MeetingOrNotFound(ctx, ctx.Id("id"));
  MeetingStore store(ctx.db);
  std::vector<std::int64_t> item_ids;
  for (const auto& item : store.AgendaOf(ctx.partnership_id(), m.id)) item_ids.push_back(item.id);
  auto quorum = meetings::CheckQuorum(store.QuorumRuleOf(ctx.partnership_id(), m.group_id),
                                      meetings::AttendeesFrom(store.AttendanceOf(m)));
  meetings::Decision d;
  if (auto errors = meetings::ReadDecision(*values, m, quorum, store.ProcedureApprovalAgencies(ctx.partnership_id(), m.group_id),
                                           item_ids, d);
      !errors.empty())
    return FieldErrorsResponse(errors);
  auto id = meetings::SaveDecision(ctx, d);
  return Json(201, json::object{{"id", id}, {"text", d.text}, {"decidedOn", core::FormatDate(d.decided_on)},
                                {"agendaItem", IdJson(d.agenda_item_id)}, {"meeting", ApiPath(ctx, "/meetings/" + std::to_string(m.id))}});
}

Response AddMeetingAction(Context& ctx) {
  static constexpr std::string_view kFields[] = {"action_description", "action_owner", "action_due_on"};
  Response refused{};
  auto values = BodyOrError(ctx, kFields, refused);
  if (!values) return refused;
  auto m = MeetingOrNotFound(ctx, ctx.Id("id"));
  std::vector<std::int64_t> people;
  for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id())) people.push_back(p.id);
  meetings::MeetingAction a;
  a.meeting_id = m.id;
  if (auto errors = meetings::ReadMeetingAction(*values, people, a); !errors.empty()) return FieldErrorsResponse(errors);
  auto id = meetings::SaveMeetingAction(ctx, a);
  return Json(201, json::object{{"id", id}, {"description", a.description}, {"ownerPerson", IdJson(a.owner_person_id)},
                                {"dueOn", DateJson(a.due_on)}, {"status", "open"},
                                {"meeting", ApiPath(ctx, "/meetings/" + std::to_string(m.id))}});
}

}  // namespace safeboard::api
