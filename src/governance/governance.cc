// Rules for the partnership's agencies, people, groups and memberships.
#include "governance/governance.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "core/fold_case.h"
#include "core/form_fields.h"
#include "core/text.h"

namespace safeboard::governance {
namespace {

using core::FieldErrors;
using core::FieldValues;
using core::Term;
using core::Trim;
using core::ValueOf;

using core::kMaxNameLength;
using core::kMaxTextLength;
using core::OptionalText;
using core::ReadFlag;
using core::ReadReference;
using core::RequiredChoice;
using core::RequiredText;

// Listed as the select shows them: alphabetical by label, "Other" last.
constexpr std::array<Term<Sector>, 18> kSectors{{
    {Sector::kCourtsAdvisory, "courts_advisory", "Children and family court advisory service (Cafcass)"},
    {Sector::kEarlyYears, "early_years", "Early years and childcare"},
    {Sector::kEducation, "education", "Education: schools and colleges"},
    {Sector::kFireAndRescue, "fire_and_rescue", "Fire and rescue"},
    {Sector::kHealth, "health", "Health"},
    {Sector::kImmigration, "immigration", "Home Office and immigration"},
    {Sector::kHousing, "housing", "Housing"},
    {Sector::kIndependent, "independent", "Independent"},
    {Sector::kLay, "lay", "Lay members"},
    {Sector::kLocalAuthority, "local_authority", "Local authority"},
    {Sector::kPolice, "police", "Police"},
    {Sector::kPrison, "prison", "Prison or secure estate"},
    {Sector::kProbation, "probation", "Probation"},
    {Sector::kProsecution, "prosecution", "Prosecution (Crown Prosecution Service)"},
    {Sector::kSportAndLeisure, "sport_and_leisure", "Sport, leisure and culture"},
    {Sector::kVoluntary, "voluntary", "Voluntary, community and faith sector"},
    {Sector::kYouthJustice, "youth_justice", "Youth justice"},
    {Sector::kOther, "other", "Other"},
}};
constexpr std::array<Term<GroupKind>, 6> kGroupKinds{{
    {GroupKind::kBoard, "board", "Board"},
    {GroupKind::kBusinessManagementGroup, "business_management_group", "Business management group"},
    {GroupKind::kSubGroup, "sub_group", "Sub-group"},
    {GroupKind::kPanel, "panel", "Panel"},
    {GroupKind::kTaskAndFinish, "task_and_finish", "Task and finish group"},
    {GroupKind::kWorkingGroup, "working_group", "Working group"},
}};
constexpr std::array<Term<RoleCategory>, 5> kRoleCategories{{
    {RoleCategory::kCoreMember, "core_member", "Core member"},
    {RoleCategory::kProfessionalAdviser, "professional_adviser",
     "Professional adviser or sub-group chair"},
    {RoleCategory::kBoardAdministration, "board_administration", "Board administration"},
    {RoleCategory::kParticipantObserver, "participant_observer", "Participant observer"},
    {RoleCategory::kCoOpted, "co_opted", "Co-opted"},
}};
constexpr std::array<Term<Cadence>, 5> kCadences{{
    {Cadence::kQuarterly, "quarterly", "Quarterly"},
    {Cadence::kSixWeekly, "six_weekly", "Every 6 weeks"},
    {Cadence::kBiMonthly, "bi_monthly", "Every 2 months"},
    {Cadence::kMonthly, "monthly", "Monthly"},
    {Cadence::kAsRequired, "as_required", "As required"},
}};
constexpr std::array<Term<ConfidentialArea>, 3> kConfidentialAreas{{
    {ConfidentialArea::kNone, "none", "None"},
    {ConfidentialArea::kChildDeaths, "child_deaths", "Child death records (CDOP)"},
    {ConfidentialArea::kCaseReviews, "case_reviews", "Case review records"},
}};

std::string Capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

// RULE: issue 14 - an agency's other names: one per line or separated by ";", each at most 200
// characters, at most 20, none repeated or the same as its name (whatever their case).
std::vector<std::string> ReadOtherNames(const FieldValues& in, const std::string& name, FieldErrors& errors) {
  std::vector<std::string> out;
  std::vector<std::string> folded = {core::FoldCase(name)};
  for (const auto& other : core::SplitList(ValueOf(in, "other_names"), ";\n")) {
    if (core::CharacterCount(other) > kMaxNameLength) {
      errors.Add("other_names", core::TooLongMessage("Each other name", kMaxNameLength));
      break;
    }
    std::string key = core::FoldCase(other);
    if (std::find(folded.begin(), folded.end(), key) != folded.end()) continue;
    folded.push_back(key);
    out.push_back(other);
  }
  if (out.size() > 20) errors.Add("other_names", "Give at most 20 other names");
  return out;
}

}  // namespace

std::span<const Term<Sector>> Sectors() { return kSectors; }
std::span<const Term<GroupKind>> GroupKinds() { return kGroupKinds; }
std::span<const Term<RoleCategory>> RoleCategories() { return kRoleCategories; }
std::span<const Term<Cadence>> Cadences() { return kCadences; }
std::span<const Term<ConfidentialArea>> ConfidentialAreas() { return kConfidentialAreas; }

std::optional<Date> ReadDateField(const FieldValues& in, const std::string& name,
                                  const std::string& label, bool required, FieldErrors& errors) {
  std::string text = Trim(ValueOf(in, name));
  if (text.empty()) {
    std::string day = Trim(ValueOf(in, name + "-day"));
    std::string month = Trim(ValueOf(in, name + "-month"));
    std::string year = Trim(ValueOf(in, name + "-year"));
    if (day.empty() && month.empty() && year.empty()) {
      if (required) errors.Add(name, "Enter " + label);
      return std::nullopt;
    }
    if (day.empty() || month.empty() || year.empty()) {
      errors.Add(name, Capitalised(label) + " must include a day, month and year");
      return std::nullopt;
    }
    auto pad = [](const std::string& s, std::size_t width) {
      return s.size() >= width ? s : std::string(width - s.size(), '0') + s;
    };
    text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2);
  }
  auto date = core::ParseDate(text);
  if (!date) errors.Add(name, Capitalised(label) + " must be a real date");
  return date;
}

FieldErrors ReadAuditQuery(const FieldValues& in, const std::vector<std::int64_t>& known_users,
                           const std::vector<std::string>& known_record_types, AuditQuery& out) {
  FieldErrors errors;
  std::string who = Trim(ValueOf(in, "who"));
  if (!who.empty()) {
    auto found = std::find_if(known_users.begin(), known_users.end(),
                              [&](std::int64_t id) { return std::to_string(id) == who; });
    if (found == known_users.end())
      errors.Add("who", "Choose a person from the list");
    else
      out.user_id = *found;
  }
  out.record_type = Trim(ValueOf(in, "record"));
  if (!out.record_type.empty() &&
      std::find(known_record_types.begin(), known_record_types.end(), out.record_type) == known_record_types.end())
    errors.Add("record", "Choose a kind of record from the list");
  out.from = ReadDateField(in, "from", "the first day", false, errors);
  out.to = ReadDateField(in, "to", "the last day", false, errors);
  if (out.from && out.to && *out.to < *out.from) errors.Add("to", "The last day must be the same as or after the first day");
  return errors;
}

FieldErrors ReadAgency(const FieldValues& in, Agency& out) {
  FieldErrors errors;
  out.name = RequiredText(in, "name", "the agency's name", errors);
  out.sector = RequiredChoice(Sectors(), in, "sector", "the sector", errors);
  out.statutory = ReadFlag(in, "statutory");
  out.other_names = ReadOtherNames(in, out.name, errors);
  out.signed_constitution_on = ReadDateField(in, "signed_constitution_on",
                                             "the date the constitution was signed", false, errors);
  out.joined_on = ReadDateField(in, "joined_on", "the date the agency joined", false, errors);
  return errors;
}

FieldErrors ReadPerson(const FieldValues& in, const KnownIds& known, Person& out) {
  FieldErrors errors;
  out.full_name = RequiredText(in, "full_name", "the person's full name", errors);
  out.job_title = OptionalText(in, "job_title", "Job title", kMaxNameLength, errors);
  out.agency_id = ReadReference(in, "agency_id", "an agency", known.agencies, true, errors);
  out.email = OptionalText(in, "email", "Email address", kMaxNameLength, errors);
  if (!out.email.empty() && !core::LooksLikeEmail(out.email)) errors.Add("email", core::kEmailFormatMessage);
  out.phone = OptionalText(in, "phone", "Phone number", 40, errors);
  return errors;
}

FieldErrors ReadGroup(const FieldValues& in, const KnownIds& known, Group& out) {
  FieldErrors errors;
  out.name = RequiredText(in, "name", "the group's name", errors);
  out.short_name = OptionalText(in, "short_name", "Short name", 60, errors);
  out.kind = RequiredChoice(GroupKinds(), in, "kind", "the kind of group", errors);
  std::vector<std::int64_t> parents;
  for (auto id : known.groups)
    if (id != out.id) parents.push_back(id);  // RULE: a group cannot report to itself
  out.parent_group_id =
      ReadReference(in, "parent_group_id", "the group it reports to", parents, false, errors);
  out.minutes_approved_by_group_id = ReadReference(in, "minutes_approved_by_group_id",
                                                   "the group that approves its minutes", parents, false, errors);
  out.chair_person_id = ReadReference(in, "chair_person_id", "a chair", known.people, false, errors);
  out.vice_chair_person_id =
      ReadReference(in, "vice_chair_person_id", "a vice-chair", known.people, false, errors);
  if (out.chair_person_id && out.chair_person_id == out.vice_chair_person_id)
    errors.Add("vice_chair_person_id", "The vice-chair must be a different person from the chair");
  out.cadence = RequiredChoice(Cadences(), in, "cadence", "how often the group meets", errors);
  out.terms_of_reference =
      OptionalText(in, "terms_of_reference", "Terms of reference", kMaxTextLength, errors);
  out.terms_reviewed_on = ReadDateField(in, "terms_reviewed_on",
                                        "the date the terms of reference were reviewed", false,
                                        errors);
  out.confidential_area = ConfidentialArea::kNone;
  if (!core::ValueOf(in, "confidential_area").empty())
    out.confidential_area = RequiredChoice(ConfidentialAreas(), in, "confidential_area",
                                           "which confidential records the group holds", errors);
  return errors;
}

FieldErrors ReadMembership(const FieldValues& in, const KnownIds& known, Membership& out) {
  FieldErrors errors;
  if (auto person = ReadReference(in, "person_id", "a person", known.people, true, errors))
    out.person_id = *person;
  out.agency_id =
      ReadReference(in, "agency_id", "the agency represented", known.agencies, true, errors);
  out.role_category = RequiredChoice(RoleCategories(), in, "role_category", "a role", errors);
  if (auto start = ReadDateField(in, "started_on", "the start date", true, errors))
    out.started_on = *start;
  out.ended_on = ReadDateField(in, "ended_on", "the end date", false, errors);
  if (out.ended_on && errors.For("started_on") == nullptr && *out.ended_on < out.started_on)
    errors.Add("ended_on", "The end date must be the same as or after the start date");
  out.confidentiality_signed_on =
      ReadDateField(in, "confidentiality_signed_on",
                    "the date the confidentiality agreement was signed", false, errors);
  return errors;
}

std::optional<Membership> OverlappingMembership(const Membership& candidate,
                                                const std::vector<Membership>& existing) {
  for (const auto& m : existing) {
    if (m.id == candidate.id || m.group_id != candidate.group_id ||
        m.person_id != candidate.person_id)
      continue;
    bool starts_before_other_ends = !m.ended_on || candidate.started_on <= *m.ended_on;
    bool other_starts_before_this_ends = !candidate.ended_on || m.started_on <= *candidate.ended_on;
    if (starts_before_other_ends && other_starts_before_this_ends) return m;
  }
  return std::nullopt;
}

FieldErrors CheckEndDate(const std::optional<Date>& start, const FieldValues& in, Date& ended_on) {
  FieldErrors errors;
  auto date = ReadDateField(in, "ended_on", "the end date", true, errors);
  if (date) {
    ended_on = *date;
    if (start && *date < *start)
      errors.Add("ended_on", "The end date must be the same as or after " +
                                 core::FormatDateLong(*start));
  }
  return errors;
}

bool IsCurrentOn(const Membership& membership, const Date& on) {
  return core::Covers(membership.started_on, membership.ended_on, on);
}

std::set<std::int64_t> BoardTeamOn(std::span<const Membership> memberships, const Date& on) {
  std::set<std::int64_t> people;
  for (const auto& m : memberships)
    if (m.role_category == RoleCategory::kBoardAdministration && IsCurrentOn(m, on)) people.insert(m.person_id);
  return people;
}

}  // namespace safeboard::governance
