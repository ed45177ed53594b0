// Meetings in SQL that runs on SQLite and PostgreSQL alike.
#include "meetings/store.h"
#include "core/base64.h"
#include "governance/store.h"

namespace safeboard::meetings {
namespace {

using storage::Nullable;
using storage::Row;

Date DateOr(const Row& r, std::size_t i) { return core::ParseDate(r.Text(i)).value_or(Date{}); }

constexpr const char* kDecisionSelect =
    "SELECT id, meeting_id, group_id, decided_on, text, chairs_action, ratified_at_meeting_id, "
    "agenda_item_id, approves_procedure FROM decisions ";
Decision DecisionFromRow(const Row& r) {
  return Decision{r.Int(0), r.OptInt(1), r.Int(2), DateOr(r, 3), r.Text(4), r.Bool(5), r.OptInt(6),
                  r.OptInt(7), r.Bool(8)};
}

constexpr const char* kMeetingColumns =
    "id, partnership_id, group_id, title, meets_on, starts_at, location, cancelled";
Meeting MeetingFromRow(const Row& r) {
  return Meeting{r.Int(0), r.Int(1), r.Int(2), r.Text(3), DateOr(r, 4), r.Text(5), r.Text(6), r.Bool(7)};
}

}  // namespace

QuorumRule MeetingStore::QuorumRuleOf(std::int64_t partnership_id, std::int64_t group_id) {
  QuorumRule rule;
  auto row = db_.QueryOne(
      "SELECT quorum_min_members, quorum_min_agencies FROM partnership_groups "
      "WHERE partnership_id = ? AND id = ?",
      {partnership_id, group_id});
  if (!row) return rule;
  rule.min_members = static_cast<int>(row->Int(0));
  rule.min_agencies = static_cast<int>(row->Int(1));
  for (const auto& r : db_.Query(
           "SELECT agency_id FROM group_quorum_agencies WHERE group_id = ? ORDER BY agency_id",
           {group_id}))
    rule.required_agencies.push_back(r.Int(0));
  for (const auto& r : db_.Query("SELECT sector FROM group_quorum_sectors WHERE group_id = ? ORDER BY sector", {group_id}))
    if (auto sector = core::ParseCode(governance::Sectors(), r.Text(0))) rule.required_sectors.push_back(*sector);
  return rule;
}

int MeetingStore::CountGroupsWithQuorumRule(std::int64_t partnership_id) {
  return static_cast<int>(
      db_.QueryOne("SELECT COUNT(*) FROM partnership_groups g WHERE g.partnership_id = ? AND g.ended_on IS NULL "
                   "AND (g.quorum_min_members > 0 OR g.quorum_min_agencies > 0 OR "
                   "EXISTS (SELECT 1 FROM group_quorum_agencies q WHERE q.group_id = g.id) OR "
                   "EXISTS (SELECT 1 FROM group_quorum_sectors s WHERE s.group_id = g.id))",
                   {partnership_id})
          ->Int(0));
}

int MeetingStore::CountMeetings(std::int64_t partnership_id) {
  return static_cast<int>(
      db_.QueryOne("SELECT COUNT(*) FROM meetings WHERE partnership_id = ?", {partnership_id})->Int(0));
}

void MeetingStore::SetQuorumRule(std::int64_t partnership_id, std::int64_t group_id,
                                 const QuorumRule& rule) {
  db_.Exec(
      "UPDATE partnership_groups SET quorum_min_members = ?, quorum_min_agencies = ? "
      "WHERE partnership_id = ? AND id = ?",
      {std::int64_t{rule.min_members}, std::int64_t{rule.min_agencies}, partnership_id, group_id});
  db_.Exec("DELETE FROM group_quorum_agencies WHERE group_id = ?", {group_id});
  for (auto agency : rule.required_agencies)
    db_.Exec(
        "INSERT INTO group_quorum_agencies (group_id, agency_id) SELECT ?, id FROM agencies "
        "WHERE id = ? AND partnership_id = ?",
        {group_id, agency, partnership_id});
  db_.Exec("DELETE FROM group_quorum_sectors WHERE group_id = ?", {group_id});
  for (auto sector : rule.required_sectors)
    db_.Exec("INSERT INTO group_quorum_sectors (group_id, sector) SELECT id, ? FROM partnership_groups "
             "WHERE id = ? AND partnership_id = ?",
             {std::string(core::CodeOf(governance::Sectors(), sector)), group_id, partnership_id});
}

std::int64_t MeetingStore::CreateMeeting(const Meeting& m) {
  return db_.Insert(
      "INSERT INTO meetings (partnership_id, group_id, title, meets_on, starts_at, location, "
      "cancelled) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {m.partnership_id, m.group_id, m.title, core::FormatDate(m.meets_on), m.starts_at, m.location,
       std::int64_t{m.cancelled}});
}

std::optional<Meeting> MeetingStore::FindMeeting(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kMeetingColumns +
                            " FROM meetings WHERE partnership_id = ? AND id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return MeetingFromRow(*r);
}

std::vector<Meeting> MeetingStore::MeetingsOfGroup(std::int64_t partnership_id,
                                                   std::int64_t group_id) {
  std::vector<Meeting> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kMeetingColumns +
                                     " FROM meetings WHERE partnership_id = ? AND group_id = ? "
                                     "ORDER BY meets_on DESC, id DESC",
                                 {partnership_id, group_id}))
    out.push_back(MeetingFromRow(r));
  return out;
}

void MeetingStore::SetCancelled(std::int64_t partnership_id, std::int64_t id, bool cancelled) {
  db_.Exec("UPDATE meetings SET cancelled = ? WHERE partnership_id = ? AND id = ?",
           {std::int64_t{cancelled}, partnership_id, id});
}

void MeetingStore::Move(std::int64_t partnership_id, std::int64_t id, const Date& to,
                        const std::string& starts_at) {
  db_.Exec("UPDATE meetings SET meets_on = ?, starts_at = ? WHERE partnership_id = ? AND id = ?",
           {core::FormatDate(to), starts_at, partnership_id, id});
}

std::vector<std::pair<Meeting, AttendanceEntry>> MeetingStore::UpcomingMeetingsOfUser(
    std::int64_t partnership_id, std::int64_t user_id, const Date& from) {
  std::vector<std::pair<Meeting, AttendanceEntry>> out;
  for (const auto& r : db_.Query(
           "SELECT g.id FROM meetings g JOIN memberships m ON m.group_id = g.group_id "
           "JOIN people p ON p.id = m.person_id WHERE g.partnership_id = ? AND p.user_id = ? "
           "AND g.meets_on >= ? AND g.cancelled = 0 AND " + governance::MembershipCurrentOnSql("g.meets_on") +
           " ORDER BY g.meets_on, g.id LIMIT 50",
           {partnership_id, user_id, core::FormatDate(from)})) {
    auto meeting = FindMeeting(partnership_id, r.Int(0));
    for (const auto& entry : AttendanceOf(*meeting)) {
      auto mine = db_.QueryOne("SELECT 1 FROM people WHERE id = ? AND user_id = ?",
                               {entry.person_id, user_id});
      if (mine) out.emplace_back(*meeting, entry);
    }
  }
  return out;
}

std::vector<AttendanceEntry> MeetingStore::AttendanceOf(const Meeting& meeting) {
  std::string day = core::FormatDate(meeting.meets_on);
  std::vector<AttendanceEntry> out;
  for (const auto& r : db_.Query(
           "SELECT m.id, m.person_id, p.full_name, m.agency_id, COALESCE(a.name, ''), "
           "m.role_category, t.status, t.deputy_person_id, COALESCE(d.full_name, ''), a.sector "
           "FROM memberships m JOIN people p ON p.id = m.person_id "
           "LEFT JOIN agencies a ON a.id = m.agency_id "
           "LEFT JOIN attendance t ON t.membership_id = m.id AND t.meeting_id = ? "
           "LEFT JOIN people d ON d.id = t.deputy_person_id "
           "WHERE m.partnership_id = ? AND m.group_id = ? AND " + governance::MembershipCurrentOnSql() +
           " ORDER BY p.full_name",
           {meeting.id, meeting.partnership_id, meeting.group_id, day, day})) {
    AttendanceEntry e;
    e.membership_id = r.Int(0);
    e.person_id = r.Int(1);
    e.person_name = r.Text(2);
    e.agency_id = r.OptInt(3);
    e.agency_name = r.Text(4);
    e.role = core::ParseCode(governance::RoleCategories(), r.Text(5))
                 .value_or(governance::RoleCategory::kCoreMember);
    if (auto status = r.OptText(6)) e.status = core::ParseCode(AttendanceStatuses(), *status);
    e.deputy_person_id = r.OptInt(7);
    e.deputy_name = r.Text(8);
    if (auto sector = r.OptText(9)) e.agency_sector = core::ParseCode(governance::Sectors(), *sector);
    out.push_back(std::move(e));
  }
  return out;
}

void MeetingStore::RecordAttendance(std::int64_t meeting_id, std::int64_t membership_id,
                                    AttendanceStatus status,
                                    std::optional<std::int64_t> deputy_person_id) {
  db_.Exec("DELETE FROM attendance WHERE meeting_id = ? AND membership_id = ?",
           {meeting_id, membership_id});
  db_.Exec(
      "INSERT INTO attendance (meeting_id, membership_id, status, deputy_person_id) "
      "VALUES (?, ?, ?, ?)",
      {meeting_id, membership_id, std::string(core::CodeOf(AttendanceStatuses(), status)),
       Nullable(deputy_person_id)});
}

std::int64_t MeetingStore::CreateDecision(std::int64_t partnership_id, const Decision& d) {
  return db_.Insert(
      "INSERT INTO decisions (partnership_id, meeting_id, group_id, decided_on, text, "
      "chairs_action, ratified_at_meeting_id, agenda_item_id, approves_procedure) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, Nullable(d.meeting_id), d.group_id, core::FormatDate(d.decided_on), d.text,
       std::int64_t{d.chairs_action}, Nullable(d.ratified_at_meeting_id), Nullable(d.agenda_item_id),
       std::int64_t{d.approves_procedure}});
}

std::vector<Decision> MeetingStore::DecisionsOfMeeting(std::int64_t partnership_id,
                                                       std::int64_t meeting_id) {
  std::vector<Decision> out;
  for (const auto& r : db_.Query(std::string(kDecisionSelect) + "WHERE partnership_id = ? AND meeting_id = ? ORDER BY id",
                                 {partnership_id, meeting_id}))
    out.push_back(DecisionFromRow(r));
  return out;
}

std::int64_t MeetingStore::CreateAction(std::int64_t partnership_id, const MeetingAction& a) {
  storage::Value due = nullptr;
  if (a.due_on) due = core::FormatDate(*a.due_on);
  return db_.Insert(
      "INSERT INTO meeting_actions (partnership_id, meeting_id, description, owner_person_id, "
      "due_on, status) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, a.meeting_id, a.description, Nullable(a.owner_person_id), due,
       std::string(core::CodeOf(ActionStatuses(), a.status))});
}

std::vector<MeetingAction> MeetingStore::ActionsOfMeeting(std::int64_t partnership_id,
                                                          std::int64_t meeting_id) {
  std::vector<MeetingAction> out;
  for (const auto& r : db_.Query(
           "SELECT a.id, a.meeting_id, a.description, a.owner_person_id, COALESCE(p.full_name, ''), "
           "a.due_on, a.status FROM meeting_actions a LEFT JOIN people p ON p.id = a.owner_person_id "
           "WHERE a.partnership_id = ? AND a.meeting_id = ? ORDER BY a.id",
           {partnership_id, meeting_id})) {
    MeetingAction a{r.Int(0), r.Int(1), r.Text(2), r.OptInt(3), r.Text(4), std::nullopt,
                    core::ParseCode(ActionStatuses(), r.Text(6)).value_or(ActionStatus::kOpen)};
    if (auto due = r.OptText(5)) a.due_on = core::ParseDate(*due);
    out.push_back(std::move(a));
  }
  return out;
}

namespace {

constexpr const char* kAgendaColumns =
    "id, meeting_id, position, title, presenter, decision_needed, confidential, purpose, "
    "subject_id, minute_text";
// A stored code as its enum; an unknown code (never written by safeboard) as `fallback`.
template <typename Enum>
Enum Parsed(std::span<const core::Term<Enum>> terms, const std::string& code, Enum fallback) {
  return core::ParseCode(terms, code).value_or(fallback);
}
template <typename Enum>
std::string Code(std::span<const core::Term<Enum>> terms, Enum value) {
  return std::string(core::CodeOf(terms, value));
}

AgendaItem AgendaItemFromRow(const Row& r) {
  return AgendaItem{r.Int(0),  r.Int(1),  static_cast<int>(r.Int(2)),
                    r.Text(3), r.Text(4), r.Bool(5),
                    r.Bool(6), Parsed(AgendaPurposes(), r.Text(7), AgendaPurpose::kItem),
                    r.OptInt(8), r.Text(9)};
}

constexpr const char* kPaperColumns =
    "p.id, p.agenda_item_id, p.file_name, p.content_type, p.size_bytes, p.uploaded_at, p.late, "
    "p.late_accepted";
Paper PaperFromRow(const Row& r) {
  return Paper{r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Int(4), r.Text(5), r.Bool(6), r.Bool(7)};
}

std::optional<Date> OptDate(const Row& r, std::size_t i) {
  auto text = r.OptText(i);
  if (!text) return std::nullopt;
  return core::ParseDate(*text);
}

}  // namespace

std::vector<AgendaItem> MeetingStore::AgendaOf(std::int64_t partnership_id, std::int64_t meeting_id) {
  std::vector<AgendaItem> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kAgendaColumns +
                                     " FROM agenda_items WHERE partnership_id = ? AND meeting_id = ? "
                                     "ORDER BY position, id",
                                 {partnership_id, meeting_id}))
    out.push_back(AgendaItemFromRow(r));
  return out;
}

std::optional<AgendaItem> MeetingStore::FindAgendaItem(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kAgendaColumns +
                            " FROM agenda_items WHERE partnership_id = ? AND id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return AgendaItemFromRow(*r);
}

std::int64_t MeetingStore::AddAgendaItem(std::int64_t partnership_id, const AgendaItem& item) {
  auto next = db_.QueryOne("SELECT COALESCE(MAX(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?",
                           {item.meeting_id});
  return db_.Insert(
      "INSERT INTO agenda_items (partnership_id, meeting_id, position, title, presenter, "
      "decision_needed, confidential, purpose, subject_id, minute_text) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, item.meeting_id, next->Int(0), item.title, item.presenter,
       std::int64_t{item.decision_needed}, std::int64_t{item.confidential}, Code(AgendaPurposes(), item.purpose),
       Nullable(item.subject_id), item.minute_text});
}

void MeetingStore::SetMinuteText(std::int64_t partnership_id, std::int64_t item_id,
                                 const std::string& text) {
  db_.Exec("UPDATE agenda_items SET minute_text = ? WHERE partnership_id = ? AND id = ?",
           {text, partnership_id, item_id});
}

void MeetingStore::PrepareAgenda(const Meeting& meeting, const governance::Group& group) {
  auto add_minutes = [&](std::int64_t minuted_id, const std::string& title) {
    AgendaItem minutes;
    minutes.meeting_id = meeting.id;
    minutes.title = title;
    minutes.decision_needed = true;
    minutes.purpose = AgendaPurpose::kMinutes;
    minutes.subject_id = minuted_id;
    AddAgendaItem(meeting.partnership_id, minutes);
  };
  auto previous = PreviousMeeting(meeting);
  if (previous) {
    // RULE: issue 14 - when another group approves this group's minutes, they go on its agenda.
    if (!group.minutes_approved_by_group_id)
      add_minutes(previous->id, "Minutes of the meeting of " + core::FormatDateLong(previous->meets_on));
    AgendaItem arising;
    arising.meeting_id = meeting.id;
    arising.title = "Matters arising";
    arising.purpose = AgendaPurpose::kMattersArising;
    AddAgendaItem(meeting.partnership_id, arising);
  }
  for (const auto& r : db_.Query(
           "SELECT m.id, m.meets_on, g.name FROM meetings m JOIN partnership_groups g ON g.id = m.group_id "
           "WHERE m.partnership_id = ? AND g.minutes_approved_by_group_id = ? AND g.id <> ? AND m.cancelled = 0 "
           "AND m.meets_on < ? AND m.meets_on > ? AND NOT EXISTS (SELECT 1 FROM agenda_items a "
           "WHERE a.purpose = 'minutes' AND a.subject_id = m.id) ORDER BY m.meets_on, m.id",
           {meeting.partnership_id, meeting.group_id, meeting.group_id, core::FormatDate(meeting.meets_on),
            previous ? core::FormatDate(previous->meets_on) : std::string("0000-00-00")}))
    add_minutes(r.Int(0), "Minutes of the " + r.Text(2) + " meeting of " +
                              core::FormatDateLong(core::ParseDate(r.Text(1)).value_or(meeting.meets_on)));
  // RULE: Constitution 9 - a chair's action is ratified at the next full Board meeting.
  if (group.kind != governance::GroupKind::kBoard) return;
  for (const auto& d : UnratifiedChairsActions(meeting.partnership_id, meeting.group_id)) {
    if (d.decided_on > meeting.meets_on) continue;
    auto queued = db_.QueryOne(
        "SELECT a.id, m.meets_on FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE a.purpose = 'ratify' AND a.subject_id = ? AND m.cancelled = 0",
        {d.id});
    if (queued) {
      // Already on a later meeting's agenda: this meeting comes first, so it moves here.
      if (queued->Text(1) > core::FormatDate(meeting.meets_on)) {
        auto next = db_.QueryOne(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?", {meeting.id});
        db_.Exec("UPDATE agenda_items SET meeting_id = ?, position = ? WHERE id = ?",
                 {meeting.id, next->Int(0), queued->Int(0)});
      }
      continue;
    }
    AgendaItem ratify;
    ratify.meeting_id = meeting.id;
    ratify.title = "Ratify chair's action of " + core::FormatDateLong(d.decided_on);
    ratify.decision_needed = true;
    ratify.purpose = AgendaPurpose::kRatify;
    ratify.subject_id = d.id;
    AddAgendaItem(meeting.partnership_id, ratify);
  }
}

std::int64_t MeetingStore::AddPaper(std::int64_t partnership_id, const Paper& p,
                                    const std::string& base64, const PaperRendition& rendition) {
  std::optional<std::string> pdf;
  if (rendition.pdf) pdf = core::Base64Encode(*rendition.pdf);
  return db_.Insert(
      "INSERT INTO papers (partnership_id, agenda_item_id, file_name, content_type, size_bytes, "
      "content, uploaded_at, late, late_accepted, pdf_rendition, text_content, rendition_error) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) RETURNING id",
      {partnership_id, p.agenda_item_id, p.file_name, p.content_type, p.size_bytes, base64,
       p.uploaded_at, std::int64_t{p.late}, storage::Nullable(pdf), storage::Nullable(rendition.text), rendition.error});
}

std::optional<std::string> MeetingStore::PaperRenditionOf(std::int64_t partnership_id, std::int64_t paper_id) {
  auto r = db_.QueryOne("SELECT pdf_rendition FROM papers WHERE partnership_id = ? AND id = ?",
                        {partnership_id, paper_id});
  if (!r || r->IsNull(0)) return std::nullopt;
  return r->Text(0);
}

std::optional<AgendaPack> MeetingStore::AgendaPackOf(std::int64_t partnership_id, std::int64_t meeting_id,
                                                     bool with_confidential) {
  auto r = db_.QueryOne(
      "SELECT fingerprint, made_at, page_count, left_out, content FROM agenda_packs "
      "WHERE partnership_id = ? AND meeting_id = ? AND with_confidential = ?",
      {partnership_id, meeting_id, std::int64_t{with_confidential}});
  if (!r) return std::nullopt;
  return AgendaPack{r->Text(0), r->Text(1), static_cast<int>(r->Int(2)), r->Text(3), r->Text(4)};
}

void MeetingStore::SaveAgendaPack(std::int64_t partnership_id, std::int64_t meeting_id, bool with_confidential,
                                  const AgendaPack& pack) {
  // ON CONFLICT ... DO UPDATE is the same in SQLite (3.24+) and PostgreSQL: two readers making
  // the same pack at once both succeed, the later one kept.
  db_.Exec(
      "INSERT INTO agenda_packs (partnership_id, meeting_id, with_confidential, fingerprint, made_at, page_count, "
      "left_out, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_id, with_confidential) DO UPDATE SET "
      "fingerprint = excluded.fingerprint, made_at = excluded.made_at, page_count = excluded.page_count, "
      "left_out = excluded.left_out, content = excluded.content",
      {partnership_id, meeting_id, std::int64_t{with_confidential}, pack.fingerprint, pack.made_at,
       std::int64_t{pack.page_count}, pack.left_out, pack.content_base64});
}

std::vector<Paper> MeetingStore::PapersOfMeeting(std::int64_t partnership_id, std::int64_t meeting_id) {
  std::vector<Paper> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kPaperColumns +
                                     " FROM papers p JOIN agenda_items a ON a.id = p.agenda_item_id "
                                     "WHERE p.partnership_id = ? AND a.meeting_id = ? ORDER BY p.id",
                                 {partnership_id, meeting_id}))
    out.push_back(PaperFromRow(r));
  return out;
}

std::optional<std::pair<Paper, std::string>> MeetingStore::PaperWithContent(
    std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kPaperColumns +
                            ", p.content FROM papers p WHERE p.partnership_id = ? AND p.id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return std::make_pair(PaperFromRow(*r), r->Text(8));
}

std::optional<std::int64_t> MeetingStore::MeetingOfPaper(std::int64_t partnership_id,
                                                         std::int64_t paper_id) {
  auto r = db_.QueryOne(
      "SELECT a.meeting_id FROM papers p JOIN agenda_items a ON a.id = p.agenda_item_id "
      "WHERE p.partnership_id = ? AND p.id = ?",
      {partnership_id, paper_id});
  if (!r) return std::nullopt;
  return r->Int(0);
}

void MeetingStore::AcceptLatePaper(std::int64_t partnership_id, std::int64_t id) {
  db_.Exec("UPDATE papers SET late_accepted = 1 WHERE partnership_id = ? AND id = ?",
           {partnership_id, id});
}

std::optional<Minutes> MeetingStore::MinutesOf(std::int64_t partnership_id, std::int64_t meeting_id) {
  auto r = db_.QueryOne(
      "SELECT meeting_id, body, status, circulated_on, approved_at_meeting_id, approved_on "
      "FROM minutes WHERE partnership_id = ? AND meeting_id = ?",
      {partnership_id, meeting_id});
  if (!r) return std::nullopt;
  return Minutes{r->Int(0), r->Text(1), Parsed(MinutesStatuses(), r->Text(2), MinutesStatus::kDraft),
                 OptDate(*r, 3), r->OptInt(4), OptDate(*r, 5)};
}

void MeetingStore::SaveMinutes(std::int64_t partnership_id, const Minutes& m) {
  storage::Value circulated = nullptr, approved = nullptr;
  if (m.circulated_on) circulated = core::FormatDate(*m.circulated_on);
  if (m.approved_on) approved = core::FormatDate(*m.approved_on);
  db_.Exec("DELETE FROM minutes WHERE partnership_id = ? AND meeting_id = ? AND status <> 'approved'",
           {partnership_id, m.meeting_id});
  db_.Exec(
      "INSERT INTO minutes (meeting_id, partnership_id, body, status, circulated_on, "
      "approved_at_meeting_id, approved_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {m.meeting_id, partnership_id, m.body, Code(MinutesStatuses(), m.status), circulated, Nullable(m.approved_at_meeting_id),
       approved});
}

std::vector<MinuteCorrection> MeetingStore::CorrectionsOf(std::int64_t meeting_id) {
  std::vector<MinuteCorrection> out;
  for (const auto& r : db_.Query(
           "SELECT id, corrected_on, text FROM minute_corrections WHERE meeting_id = ? ORDER BY id",
           {meeting_id}))
    out.push_back({r.Int(0), DateOr(r, 1), r.Text(2)});
  return out;
}

void MeetingStore::AddCorrection(std::int64_t meeting_id, const Date& on, const std::string& text,
                                 std::optional<std::int64_t> user_id) {
  db_.Exec("INSERT INTO minute_corrections (meeting_id, corrected_on, text, recorded_by) VALUES (?, ?, ?, ?)",
           {meeting_id, core::FormatDate(on), text, Nullable(user_id)});
}

std::optional<Meeting> MeetingStore::PreviousMeeting(const Meeting& meeting) {
  auto r = db_.QueryOne(std::string("SELECT ") + kMeetingColumns +
                            " FROM meetings WHERE partnership_id = ? AND group_id = ? AND "
                            "cancelled = 0 AND id <> ? AND (meets_on < ? OR (meets_on = ? AND id < ?)) "
                            "ORDER BY meets_on DESC, id DESC LIMIT 1",
                        {meeting.partnership_id, meeting.group_id, meeting.id,
                         core::FormatDate(meeting.meets_on), core::FormatDate(meeting.meets_on),
                         meeting.id});
  if (!r) return std::nullopt;
  return MeetingFromRow(*r);
}

std::optional<Meeting> MeetingStore::NextMeeting(std::int64_t partnership_id, std::int64_t group_id,
                                                 const Date& after) {
  auto r = db_.QueryOne(std::string("SELECT ") + kMeetingColumns +
                            " FROM meetings WHERE partnership_id = ? AND group_id = ? AND "
                            "cancelled = 0 AND meets_on > ? ORDER BY meets_on, id LIMIT 1",
                        {partnership_id, group_id, core::FormatDate(after)});
  if (!r) return std::nullopt;
  return MeetingFromRow(*r);
}

std::vector<Decision> MeetingStore::UnratifiedChairsActions(std::int64_t partnership_id,
                                                            std::int64_t group_id) {
  std::vector<Decision> out;
  for (const auto& r : db_.Query(std::string(kDecisionSelect) +
                                     "WHERE partnership_id = ? AND group_id = ? AND chairs_action = 1 AND "
                                     "ratified_at_meeting_id IS NULL ORDER BY decided_on, id",
                                 {partnership_id, group_id}))
    out.push_back(DecisionFromRow(r));
  return out;
}

std::optional<Decision> MeetingStore::FindDecision(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string(kDecisionSelect) + "WHERE partnership_id = ? AND id = ?", {partnership_id, id});
  if (!r) return std::nullopt;
  return DecisionFromRow(*r);
}

void MeetingStore::Ratify(std::int64_t partnership_id, std::int64_t decision_id,
                          std::int64_t meeting_id) {
  db_.Exec("UPDATE decisions SET ratified_at_meeting_id = ? WHERE partnership_id = ? AND id = ?",
           {meeting_id, partnership_id, decision_id});
}

std::vector<MeetingAction> MeetingStore::OpenActionsBefore(std::int64_t partnership_id,
                                                           std::int64_t group_id, const Date& before) {
  std::vector<MeetingAction> out;
  for (const auto& r : db_.Query(
           "SELECT a.id, a.meeting_id, a.description, a.owner_person_id, COALESCE(p.full_name, ''), "
           "a.due_on, a.status FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id "
           "LEFT JOIN people p ON p.id = a.owner_person_id WHERE a.partnership_id = ? AND "
           "m.group_id = ? AND m.meets_on < ? AND a.status = 'open' ORDER BY m.meets_on, a.id",
           {partnership_id, group_id, core::FormatDate(before)})) {
    MeetingAction a{r.Int(0), r.Int(1), r.Text(2), r.OptInt(3), r.Text(4), OptDate(r, 5),
                    core::ParseCode(ActionStatuses(), r.Text(6)).value_or(ActionStatus::kOpen)};
    out.push_back(std::move(a));
  }
  return out;
}

void MeetingStore::SetActionStatus(std::int64_t partnership_id, std::int64_t id,
                                   ActionStatus status) {
  db_.Exec("UPDATE meeting_actions SET status = ? WHERE partnership_id = ? AND id = ?",
           {std::string(core::CodeOf(ActionStatuses(), status)), partnership_id, id});
}

ReportInputs MeetingStore::AttendanceReportInputs(std::int64_t partnership_id,
                                                  std::int64_t group_id, const Date& from,
                                                  const Date& to) {
  ReportInputs in;
  std::string f = core::FormatDate(from), t = core::FormatDate(to);
  for (const auto& r : db_.Query(
           "SELECT id, meets_on, cancelled FROM meetings WHERE partnership_id = ? AND "
           "group_id = ? AND meets_on >= ? AND meets_on <= ? AND counts_for_attendance = 1 "
           "ORDER BY meets_on",
           {partnership_id, group_id, f, t}))
    in.meetings.push_back({r.Int(0), DateOr(r, 1), r.Bool(2)});
  for (const auto& r : db_.Query(
           "SELECT m.id, m.person_id, p.full_name, m.agency_id, COALESCE(a.name, ''), "
           "COALESCE(a.sector, ''), m.started_on, m.ended_on FROM memberships m "
           "JOIN people p ON p.id = m.person_id LEFT JOIN agencies a ON a.id = m.agency_id "
           "WHERE m.partnership_id = ? AND m.group_id = ? AND m.role_category <> "
           "'board_administration' AND " + governance::MembershipCurrentOnSql(),
           {partnership_id, group_id, t, f})) {
    ReportMembership m;
    m.membership_id = r.Int(0);
    m.person_id = r.Int(1);
    m.person_name = r.Text(2);
    m.agency_id = r.OptInt(3);
    m.agency_name = r.Text(4);
    m.lay = r.Text(5) == "lay";
    m.started_on = DateOr(r, 6);
    if (auto end = r.OptText(7)) m.ended_on = core::ParseDate(*end);
    in.memberships.push_back(std::move(m));
  }
  for (const auto& r : db_.Query(
           "SELECT t.meeting_id, t.membership_id, t.status FROM attendance t "
           "JOIN meetings g ON g.id = t.meeting_id WHERE g.partnership_id = ? AND "
           "g.group_id = ? AND g.meets_on >= ? AND g.meets_on <= ?",
           {partnership_id, group_id, f, t}))
    in.marks.push_back({r.Int(0), r.Int(1),
                        core::ParseCode(AttendanceStatuses(), r.Text(2))
                            .value_or(AttendanceStatus::kAbsent)});
  return in;
}

int MeetingStore::ProcedureApprovalAgencies(std::int64_t partnership_id, std::int64_t group_id) {
  auto row = db_.QueryOne(
      "SELECT procedure_approval_agencies FROM partnership_groups WHERE partnership_id = ? AND id = ?",
      {partnership_id, group_id});
  return row ? static_cast<int>(row->Int(0)) : 0;
}

void MeetingStore::SetProcedureApprovalAgencies(std::int64_t partnership_id, std::int64_t group_id,
                                                int agencies) {
  db_.Exec("UPDATE partnership_groups SET procedure_approval_agencies = ? WHERE partnership_id = ? AND id = ?",
           {std::int64_t{agencies}, partnership_id, group_id});
}

std::vector<Meeting> MeetingStore::BoardMeetings(std::int64_t partnership_id, int limit) {
  std::vector<Meeting> out;
  for (const auto& r : db_.Query(
           std::string("SELECT ") + kMeetingColumns +
               " FROM meetings WHERE partnership_id = ? AND cancelled = 0 AND group_id IN "
               "(SELECT id FROM partnership_groups WHERE partnership_id = ? AND kind = 'board') "
               "ORDER BY meets_on DESC, id DESC LIMIT ?",
           {partnership_id, partnership_id, std::int64_t{limit}}))
    out.push_back(MeetingFromRow(r));
  return out;
}

std::optional<std::int64_t> MeetingStore::MembershipAtMeeting(std::int64_t partnership_id,
                                                             std::int64_t meeting_id, std::int64_t person_id) {
  auto row = db_.QueryOne(
      "SELECT m.id FROM memberships m JOIN meetings g ON g.group_id = m.group_id "
      "WHERE g.partnership_id = ? AND g.id = ? AND m.person_id = ? AND " +
          governance::MembershipCurrentOnSql("g.meets_on"),
      {partnership_id, meeting_id, person_id});
  if (!row) return std::nullopt;
  return row->Int(0);
}

std::optional<Meeting> MeetingStore::FindBoardMeeting(std::int64_t partnership_id, std::int64_t meeting_id) {
  auto row = db_.QueryOne(std::string("SELECT ") + kMeetingColumns +
                              " FROM meetings WHERE partnership_id = ? AND id = ? AND group_id IN "
                              "(SELECT id FROM partnership_groups WHERE partnership_id = ? AND kind = 'board')",
                          {partnership_id, meeting_id, partnership_id});
  if (!row) return std::nullopt;
  return MeetingFromRow(*row);
}

std::optional<std::int64_t> MeetingStore::MeetingOfAction(std::int64_t partnership_id, std::int64_t action_id) {
  auto row = db_.QueryOne("SELECT meeting_id FROM meeting_actions WHERE partnership_id = ? AND id = ?",
                          {partnership_id, action_id});
  if (!row) return std::nullopt;
  return row->Int(0);
}

std::vector<std::pair<Meeting, std::string>> MeetingStore::MeetingsOfUserEverywhere(std::int64_t user_id) {
  std::vector<std::pair<Meeting, std::string>> out;
  // One query, not one per meeting: a member of several groups has hundreds of meetings.
  for (const auto& r : db_.Query(
           std::string("SELECT ") + kMeetingColumns +
               ", (SELECT slug FROM partnerships pa WHERE pa.id = meetings.partnership_id) FROM meetings "
               "WHERE id IN (SELECT g.id FROM meetings g JOIN memberships m ON m.group_id = g.group_id "
               "JOIN people p ON p.id = m.person_id WHERE p.user_id = ? AND " +
               governance::MembershipCurrentOnSql("g.meets_on") + ") ORDER BY id",
           {user_id}))
    out.emplace_back(MeetingFromRow(r), r.Text(8));
  return out;
}

std::vector<Date> MeetingStore::MeetingDatesOf(std::int64_t partnership_id, std::int64_t group_id) {
  std::vector<Date> out;
  for (const auto& r : db_.Query("SELECT meets_on FROM meetings WHERE partnership_id = ? AND group_id = ? AND "
                                 "cancelled = 0 ORDER BY meets_on",
                                 {partnership_id, group_id}))
    if (auto d = core::ParseDate(r.Text(0))) out.push_back(*d);
  return out;
}

}  // namespace safeboard::meetings

namespace safeboard::meetings {

namespace {

constexpr const char* kOpenActionSelect =
    "SELECT a.id, a.meeting_id, a.description, a.owner_person_id, COALESCE(p.full_name, ''), a.due_on, "
    "a.status, m.id, m.partnership_id, m.group_id, m.title, m.meets_on, m.starts_at, m.location, m.cancelled "
    "FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id LEFT JOIN people p ON p.id = a.owner_person_id "
    "WHERE a.partnership_id = ? AND a.status = 'open' ";

Meeting MeetingFromColumns(const Row& r, int first) {
  return Meeting{r.Int(first), r.Int(first + 1), r.Int(first + 2), r.Text(first + 3), DateOr(r, first + 4),
                 r.Text(first + 5), r.Text(first + 6), r.Bool(first + 7)};
}

}  // namespace

std::optional<Date> MeetingStore::PapersCirculatedOn(std::int64_t partnership_id, std::int64_t meeting_id) {
  auto r = db_.QueryOne("SELECT papers_circulated_on FROM meetings WHERE partnership_id = ? AND id = ?",
                        {partnership_id, meeting_id});
  if (!r || r->IsNull(0)) return std::nullopt;
  return core::ParseDate(r->Text(0));
}

void MeetingStore::SetPapersCirculated(std::int64_t partnership_id, std::int64_t meeting_id, const Date& on) {
  db_.Exec("UPDATE meetings SET papers_circulated_on = ? WHERE partnership_id = ? AND id = ?",
           {core::FormatDate(on), partnership_id, meeting_id});
}

std::map<std::int64_t, MinutesStatus> MeetingStore::MinutesStatusesOfGroup(std::int64_t partnership_id,
                                                                           std::int64_t group_id) {
  std::map<std::int64_t, MinutesStatus> out;
  for (const auto& r : db_.Query("SELECT n.meeting_id, n.status FROM minutes n JOIN meetings m ON m.id = n.meeting_id "
                                 "WHERE n.partnership_id = ? AND m.group_id = ?",
                                 {partnership_id, group_id}))
    out[r.Int(0)] = Parsed(MinutesStatuses(), r.Text(1), MinutesStatus::kDraft);
  return out;
}

std::vector<Meeting> MeetingStore::MeetingsBetween(std::int64_t partnership_id, const Date& from, const Date& until,
                                                   std::optional<std::int64_t> member_user_id, int limit) {
  std::string sql = std::string("SELECT ") + kMeetingColumns + " FROM meetings g WHERE g.partnership_id = ? AND "
                    "g.cancelled = 0 AND g.meets_on >= ? AND g.meets_on <= ? ";
  std::vector<storage::Value> params = {partnership_id, core::FormatDate(from), core::FormatDate(until)};
  if (member_user_id) {
    sql += "AND EXISTS (SELECT 1 FROM memberships m JOIN people p ON p.id = m.person_id WHERE "
           "m.group_id = g.group_id AND p.user_id = ? AND " + governance::MembershipCurrentOnSql("g.meets_on") + ") ";
    params.push_back(*member_user_id);
  }
  sql += "ORDER BY g.meets_on, g.starts_at, g.id LIMIT ?";
  params.push_back(std::int64_t{limit});
  std::vector<Meeting> out;
  for (const auto& r : db_.Query(sql, params)) out.push_back(MeetingFromRow(r));
  return out;
}

std::vector<std::pair<Paper, Meeting>> MeetingStore::LatePapersAwaitingAcceptance(std::int64_t partnership_id,
                                                                                  const Date& from) {
  std::vector<std::pair<Paper, Meeting>> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kPaperColumns + ", a.meeting_id FROM papers p "
                                 "JOIN agenda_items a ON a.id = p.agenda_item_id JOIN meetings m ON m.id = a.meeting_id "
                                 "WHERE p.partnership_id = ? AND p.late = 1 AND p.late_accepted = 0 AND m.cancelled = 0 "
                                 "AND m.meets_on >= ? ORDER BY m.meets_on, p.id",
                                 {partnership_id, core::FormatDate(from)}))
    if (auto meeting = FindMeeting(partnership_id, r.Int(8))) out.emplace_back(PaperFromRow(r), *meeting);
  return out;
}

std::vector<std::pair<Meeting, std::optional<MinutesStatus>>> MeetingStore::MinutesNotApproved(
    std::int64_t partnership_id, const Date& since, const Date& before) {
  std::vector<std::pair<Meeting, std::optional<MinutesStatus>>> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kMeetingColumns + ", (SELECT n.status FROM minutes n "
                                 "WHERE n.meeting_id = g.id) FROM meetings g WHERE g.partnership_id = ? AND "
                                 "g.cancelled = 0 AND g.meets_on >= ? AND g.meets_on < ? AND NOT EXISTS (SELECT 1 "
                                 "FROM minutes n WHERE n.meeting_id = g.id AND n.status = 'approved') "
                                 "ORDER BY g.meets_on, g.id",
                                 {partnership_id, core::FormatDate(since), core::FormatDate(before)})) {
    std::optional<MinutesStatus> status;
    if (!r.IsNull(8)) status = Parsed(MinutesStatuses(), r.Text(8), MinutesStatus::kDraft);
    out.emplace_back(MeetingFromRow(r), status);
  }
  return out;
}

std::vector<std::pair<MeetingAction, Meeting>> MeetingStore::OpenActions(std::int64_t partnership_id,
                                                                         std::optional<std::int64_t> owner_user_id) {
  std::string sql = kOpenActionSelect;
  std::vector<storage::Value> params = {partnership_id};
  if (owner_user_id) {
    sql += "AND p.user_id = ? ";
    params.push_back(*owner_user_id);
  }
  sql += "ORDER BY a.due_on IS NULL, a.due_on, a.id";
  std::vector<std::pair<MeetingAction, Meeting>> out;
  for (const auto& r : db_.Query(sql, params))
    out.emplace_back(MeetingAction{r.Int(0), r.Int(1), r.Text(2), r.OptInt(3), r.Text(4), OptDate(r, 5),
                                   ActionStatus::kOpen},
                     MeetingFromColumns(r, 7));
  return out;
}

bool MeetingStore::ClaimDigestDay(std::int64_t partnership_id, const Date& day) {
  std::string on = core::FormatDate(day);
  if (db_.QueryOne("SELECT 1 FROM digests_queued WHERE partnership_id = ? AND queued_on = ?", {partnership_id, on}))
    return false;
  db_.Exec("INSERT INTO digests_queued (partnership_id, queued_on) VALUES (?, ?)", {partnership_id, on});
  return true;
}

std::vector<Decision> MeetingStore::UnratifiedChairsActions(std::int64_t partnership_id) {
  std::vector<Decision> out;
  for (const auto& r : db_.Query(std::string(kDecisionSelect) +
                                     "WHERE partnership_id = ? AND chairs_action = 1 AND "
                                     "ratified_at_meeting_id IS NULL ORDER BY decided_on, id",
                                 {partnership_id}))
    out.push_back(DecisionFromRow(r));
  return out;
}

}  // namespace safeboard::meetings
