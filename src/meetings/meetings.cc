// Quorum and attendance rules.
#include "meetings/meetings.h"

#include "core/financial_year.h"

#include <algorithm>
#include <cstdlib>
#include <array>
#include <map>
#include <set>

namespace safeboard::meetings {
namespace {

using governance::RoleCategory;

constexpr std::array<core::Term<AttendanceStatus>, 4> kStatuses{{
    {AttendanceStatus::kPresent, "present", "Present"},
    {AttendanceStatus::kApologies, "apologies", "Apologies"},
    {AttendanceStatus::kDeputy, "deputy", "Sent a deputy"},
    {AttendanceStatus::kAbsent, "absent", "Absent"},
}};

constexpr std::array<core::Term<MinutesStatus>, 3> kMinutesStatuses{{
    {MinutesStatus::kDraft, "draft", "Draft"},
    {MinutesStatus::kCirculated, "circulated", "Circulated, awaiting approval"},
    {MinutesStatus::kApproved, "approved", "Approved"},
}};

constexpr std::array<core::Term<AgendaPurpose>, 4> kAgendaPurposes{{
    {AgendaPurpose::kItem, "", "Item"},
    {AgendaPurpose::kMinutes, "minutes", "Approval of the previous minutes"},
    {AgendaPurpose::kRatify, "ratify", "Ratification of a chair's action"},
    {AgendaPurpose::kMattersArising, "matters_arising", "Matters arising"},
}};

constexpr std::array<core::Term<ActionStatus>, 3> kActionStatuses{{
    {ActionStatus::kOpen, "open", "Open"},
    {ActionStatus::kDone, "done", "Done"},
    {ActionStatus::kDropped, "dropped", "Dropped"},
}};

// Better outcomes rank higher: present > deputy > apologies > absent.
int Rank(AttendanceStatus s) {
  switch (s) {
    case AttendanceStatus::kPresent: return 3;
    case AttendanceStatus::kDeputy: return 2;
    case AttendanceStatus::kApologies: return 1;
    case AttendanceStatus::kAbsent: return 0;
  }
  return 0;
}

struct RowKey {
  std::string label;
  std::vector<const ReportMembership*> memberships;
};

AttendanceRow Tally(const std::string& label, const std::vector<const ReportMembership*>& periods,
                    std::span<const ReportMeeting> meetings, std::span<const ReportMark> marks,
                    int deputy_limit_percent) {
  AttendanceRow row;
  row.label = label;
  for (const auto& meeting : meetings) {
    if (meeting.cancelled) continue;  // RULE: cancelled meetings count for nobody
    bool expected = false;
    std::optional<AttendanceStatus> best;
    for (const auto* m : periods) {
      if (!core::Covers(m->started_on, m->ended_on, meeting.date)) continue;
      expected = true;
      for (const auto& mark : marks)
        if (mark.meeting_id == meeting.id && mark.membership_id == m->membership_id &&
            (!best || Rank(mark.status) > Rank(*best)))
          best = mark.status;
    }
    if (!expected) continue;
    ++row.expected;
    switch (best.value_or(AttendanceStatus::kAbsent)) {
      case AttendanceStatus::kPresent: ++row.present; break;
      case AttendanceStatus::kDeputy: ++row.by_deputy; break;
      case AttendanceStatus::kApologies: ++row.apologies; break;
      case AttendanceStatus::kAbsent: ++row.absent; break;
    }
  }
  row.attendance_percent = Percent(row.present + row.by_deputy, row.expected);
  row.deputy_percent = Percent(row.by_deputy, row.expected);
  row.below_target = row.expected > 0 && row.attendance_percent < kAttendanceTargetPercent;
  row.deputies_over_limit = row.deputy_percent > deputy_limit_percent;
  return row;
}

}  // namespace

std::span<const core::Term<AttendanceStatus>> AttendanceStatuses() { return kStatuses; }
std::span<const core::Term<MinutesStatus>> MinutesStatuses() { return kMinutesStatuses; }
std::span<const core::Term<AgendaPurpose>> AgendaPurposes() { return kAgendaPurposes; }
std::span<const core::Term<ActionStatus>> ActionStatuses() { return kActionStatuses; }

core::Status StatusOf(MinutesStatus status) {
  std::string label(core::LabelOf(MinutesStatuses(), status));
  switch (status) {
    case MinutesStatus::kDraft: return {label, core::Tone::kNeutral};
    case MinutesStatus::kCirculated: return {label, core::Tone::kWarning};
    case MinutesStatus::kApproved: return {label, core::Tone::kGood};
  }
  return {label, core::Tone::kNeutral};
}

core::Status MeetingStatus(bool cancelled, const Date& meets_on, const Date& today) {
  if (cancelled) return {"Cancelled", core::Tone::kNeutral};
  return meets_on < today ? core::Status{"Held", core::Tone::kPlain} : core::Status{"Scheduled", core::Tone::kInfo};
}

core::Status ActionStatusTag(ActionStatus status, const std::optional<Date>& due_on, const Date& today) {
  std::string label(core::LabelOf(ActionStatuses(), status));
  switch (status) {
    case ActionStatus::kOpen:
      if (due_on && *due_on < today) return {"Overdue", core::Tone::kBad};
      return {label, core::Tone::kInfo};
    case ActionStatus::kDone: return {label, core::Tone::kGood};
    case ActionStatus::kDropped: return {label, core::Tone::kNeutral};
  }
  return {label, core::Tone::kNeutral};
}

std::string QuorumRuleSentence(const QuorumRule& rule, const std::map<std::int64_t, std::string>& agency_names) {
  std::string counts;
  if (rule.min_members) counts = std::to_string(rule.min_members) + (rule.min_members == 1 ? " member" : " members");
  if (rule.min_agencies)
    counts += (counts.empty() ? "Members from " : " from ") + std::to_string(rule.min_agencies) +
              (rule.min_agencies == 1 ? " agency" : " agencies");
  std::vector<std::string> required;
  for (auto id : rule.required_agencies)
    if (auto it = agency_names.find(id); it != agency_names.end()) required.push_back(it->second);
  for (auto sector : rule.required_sectors)
    required.push_back("an agency of the sector " + std::string(core::LabelOf(governance::Sectors(), sector)));
  std::string present;
  for (std::size_t i = 0; i < required.size(); ++i)
    present += (i == 0 ? "" : i + 1 == required.size() ? " and " : ", ") + required[i];
  if (counts.empty() && present.empty()) return "No rule recorded";
  if (counts.empty()) {
    present[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(present[0])));
    return present + " present.";
  }
  return counts + (present.empty() ? "." : ", with " + present + " present.");
}

core::Status QuorumStatus(bool quorate) {
  return quorate ? core::Status{"Quorate", core::Tone::kGood} : core::Status{"Not quorate", core::Tone::kBad};
}

core::Status LatePaperStatus(bool accepted) {
  return accepted ? core::Status{"Late, accepted by the chair", core::Tone::kNeutral}
                  : core::Status{"Late paper", core::Tone::kBad};
}

bool CountsTowardsQuorum(RoleCategory role) {
  return role == RoleCategory::kCoreMember || role == RoleCategory::kCoOpted;
}

std::string NotQuorateMessage(const QuorumResult& quorum) {
  std::string why = "The meeting is not quorate, so no decision can be recorded";
  if (!quorum.reasons.empty()) why += ": " + quorum.reasons.front();
  return why;
}

QuorumResult CheckQuorum(const QuorumRule& rule, std::span<const Attendee> attendees) {
  QuorumResult result;
  std::set<std::int64_t> agencies;
  std::set<governance::Sector> sectors;
  for (const auto& a : attendees) {
    bool there = a.status == AttendanceStatus::kPresent || a.status == AttendanceStatus::kDeputy;
    if (!there || !CountsTowardsQuorum(a.role)) continue;
    ++result.members_counted;
    if (a.agency_id) agencies.insert(*a.agency_id);
    if (a.agency_id && a.agency_sector) sectors.insert(*a.agency_sector);
  }
  result.agencies_counted = static_cast<int>(agencies.size());
  for (auto required : rule.required_agencies)
    if (!agencies.count(required)) result.missing_required_agencies.push_back(required);
  // RULE: issue 14 - a required sector is met by any agency of it represented.
  for (auto sector : rule.required_sectors)
    if (!sectors.count(sector)) result.missing_required_sectors.push_back(sector);
  if (result.members_counted < rule.min_members)
    result.reasons.push_back(std::to_string(result.members_counted) + " of the " +
                             std::to_string(rule.min_members) + " members needed are present");
  if (result.agencies_counted < rule.min_agencies)
    result.reasons.push_back(std::to_string(result.agencies_counted) + " of the " +
                             std::to_string(rule.min_agencies) + " agencies needed are represented");
  if (!result.missing_required_agencies.empty())
    result.reasons.push_back(std::to_string(result.missing_required_agencies.size()) +
                             " agencies that must be present are not");
  for (auto sector : result.missing_required_sectors)
    result.reasons.push_back("No agency of the sector " + std::string(core::LabelOf(governance::Sectors(), sector)) +
                             " is represented");
  result.quorate = result.reasons.empty();
  return result;
}

core::FieldErrors ReadAttendanceForm(
    const core::FieldValues& in, std::span<const AttendanceEntry> expected,
    const std::map<std::int64_t, std::optional<std::int64_t>>& agency_of_person,
    std::vector<MarkInput>& out) {
  core::FieldErrors errors;
  for (const auto& entry : expected) {
    std::string id = std::to_string(entry.membership_id);
    std::string status_field = "status-" + id, deputy_field = "deputy-" + id;
    std::string code = core::Trim(core::ValueOf(in, status_field));
    if (code.empty()) continue;  // left unrecorded
    auto status = core::ParseCode(AttendanceStatuses(), code);
    if (!status) {
      errors.Add(status_field, "Select how " + entry.person_name + " attended");
      continue;
    }
    MarkInput mark{entry.membership_id, *status, std::nullopt};
    std::string deputy = core::Trim(core::ValueOf(in, deputy_field));
    if (*status == AttendanceStatus::kDeputy) {
      auto person = deputy.empty() ? std::nullopt : std::optional<std::int64_t>(std::atoll(deputy.c_str()));
      auto agency = person ? agency_of_person.find(*person) : agency_of_person.end();
      if (!person || agency == agency_of_person.end()) {
        errors.Add(deputy_field, "Select who deputised for " + entry.person_name);
        continue;
      }
      if (*person == entry.person_id) {
        errors.Add(deputy_field, entry.person_name + " cannot deputise for themselves");
        continue;
      }
      if (!entry.agency_id || agency->second != entry.agency_id) {
        errors.Add(deputy_field, "The deputy for " + entry.person_name + " must be from " +
                                     (entry.agency_name.empty() ? "their agency" : entry.agency_name));
        continue;
      }
      mark.deputy_person_id = person;
    } else if (!deputy.empty()) {
      errors.Add(deputy_field, "Only name a deputy for " + entry.person_name +
                                   " when they sent one");
      continue;
    }
    out.push_back(mark);
  }
  return errors;
}

std::vector<MarkInput> EveryoneNotRecordedPresent(std::span<const AttendanceEntry> entries) {
  std::vector<MarkInput> out;
  for (const auto& e : entries)
    if (!e.status) out.push_back({e.membership_id, AttendanceStatus::kPresent, std::nullopt});
  return out;
}

std::vector<Attendee> AttendeesFrom(std::span<const AttendanceEntry> entries) {
  std::vector<Attendee> out;
  for (const auto& e : entries)
    out.push_back({e.person_id, e.agency_id, e.role, e.status.value_or(AttendanceStatus::kAbsent), e.agency_sector});
  return out;
}

int DeputyLimitPercent(governance::GroupKind kind) {
  return kind == governance::GroupKind::kBoard ? 25 : 20;
}

int Percent(int numerator, int denominator) {
  if (denominator <= 0) return 0;
  return (200 * numerator + denominator) / (2 * denominator);
}

std::vector<AttendanceRow> AttendanceByAgency(std::span<const ReportMeeting> meetings,
                                              std::span<const ReportMembership> memberships,
                                              std::span<const ReportMark> marks,
                                              int deputy_limit_percent) {
  std::map<std::string, std::vector<const ReportMembership*>> by_agency;
  std::map<std::string, std::vector<const ReportMembership*>> lay_by_person;
  for (const auto& m : memberships) {
    if (m.lay)
      lay_by_person[m.person_name].push_back(&m);
    else
      by_agency[m.agency_name].push_back(&m);
  }
  std::vector<AttendanceRow> rows;
  for (const auto& [agency, periods] : by_agency)
    rows.push_back(Tally(agency, periods, meetings, marks, deputy_limit_percent));
  int n = 0;
  for (const auto& [person, periods] : lay_by_person)
    rows.push_back(Tally("Lay Member " + std::to_string(++n), periods, meetings, marks,
                         deputy_limit_percent));
  std::erase_if(rows, [](const AttendanceRow& r) { return r.expected == 0; });
  std::sort(rows.begin(), rows.end(),
            [](const AttendanceRow& a, const AttendanceRow& b) { return a.label < b.label; });
  return rows;
}

std::vector<AttendanceRow> AttendanceByMember(std::span<const ReportMeeting> meetings,
                                              std::span<const ReportMembership> memberships,
                                              std::span<const ReportMark> marks,
                                              int deputy_limit_percent) {
  std::map<std::string, std::vector<const ReportMembership*>> by_person;
  for (const auto& m : memberships) by_person[m.person_name].push_back(&m);
  std::vector<AttendanceRow> rows;
  for (const auto& [person, periods] : by_person) {
    auto row = Tally(person, periods, meetings, marks, deputy_limit_percent);
    if (row.expected > 0) rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace safeboard::meetings

namespace safeboard::meetings {

std::vector<Date> SeriesDates(governance::Cadence cadence, const Date& first, const Date& until) {
  using namespace std::chrono;
  std::vector<Date> out;
  int months = 0, days_step = 0;
  switch (cadence) {
    case governance::Cadence::kQuarterly: months = 3; break;
    case governance::Cadence::kBiMonthly: months = 2; break;
    case governance::Cadence::kMonthly: months = 1; break;
    case governance::Cadence::kSixWeekly: days_step = 42; break;
    case governance::Cadence::kAsRequired: return {first};
  }
  for (int i = 0; out.size() < 60; ++i) {
    Date date;
    if (months) {
      year_month ym = first.year() / first.month() + std::chrono::months(i * months);
      auto month_end = (ym / std::chrono::last).day();
      date = ym / std::min(first.day(), month_end);
    } else {
      date = Date{sys_days{first} + days{i * days_step}};
    }
    if (date > until) break;
    out.push_back(date);
  }
  return out;
}

int DefaultReportYear(std::span<const Date> meeting_dates, const Date& today) {
  std::optional<Date> latest;
  for (const auto& d : meeting_dates)
    if (d <= today && (!latest || *latest < d)) latest = d;
  return core::FinancialYearOf(latest.value_or(today));
}

std::vector<int> ReportYears(std::span<const Date> meeting_dates, const Date& today) {
  std::set<int, std::greater<>> years{core::FinancialYearOf(today)};
  for (const auto& d : meeting_dates) years.insert(core::FinancialYearOf(d));
  return {years.begin(), years.end()};
}

bool CanApproveProcedure(int required, const QuorumResult& quorum) {
  return quorum.quorate && quorum.agencies_counted >= required;
}

}  // namespace safeboard::meetings

namespace safeboard::meetings {

core::FieldErrors ReadQuorumRule(const core::FieldValues& in,
                                 const std::vector<std::int64_t>& known_agencies, QuorumRule& rule,
                                 int& procedure_approval_agencies) {
  core::FieldErrors errors;
  auto number = [&](const std::string& field, const std::string& label, int max) {
    std::string text = core::Trim(core::ValueOf(in, field));
    if (text.empty()) return 0;
    bool digits = text.size() <= 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    int value = digits ? std::atoi(text.c_str()) : -1;
    if (value < 0 || value > max) {
      errors.Add(field, label + " must be a whole number from 0 to " + std::to_string(max));
      return 0;
    }
    return value;
  };
  rule.min_members = number("quorum_min_members", "The number of members", 100);
  rule.min_agencies = number("quorum_min_agencies", "The number of agencies", 50);
  procedure_approval_agencies = number("procedure_approval_agencies", "The number of agencies to approve a procedure", 50);
  rule.required_agencies.clear();
  for (auto agency : known_agencies)
    if (core::ValueOf(in, "quorum_agency-" + std::to_string(agency)) == "yes")
      rule.required_agencies.push_back(agency);
  rule.required_sectors.clear();
  for (const auto& sector : governance::Sectors())
    if (core::ValueOf(in, "quorum_sector-" + std::string(sector.code)) == "yes")
      rule.required_sectors.push_back(sector.value);
  return errors;
}

}  // namespace safeboard::meetings
