// Child death review rules.
#include "cdop/cdop.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

#include "core/form_fields.h"
#include "governance/governance.h"

namespace safeboard::cdop {
namespace {

using namespace std::chrono;

constexpr std::array<core::Term<Category>, 10> kCategories{{
    {Category::kDeliberateInjuryAbuseNeglect, "deliberate_injury", "Deliberately inflicted injury, abuse or neglect"},
    {Category::kSuicideSelfHarm, "suicide", "Suicide or deliberate self-inflicted harm"},
    {Category::kTraumaExternal, "trauma", "Trauma and other external factors"},
    {Category::kMalignancy, "malignancy", "Malignancy"},
    {Category::kAcuteMedicalSurgical, "acute_medical", "Acute medical or surgical condition"},
    {Category::kChronicMedical, "chronic_medical", "Chronic medical condition"},
    {Category::kChromosomalGeneticCongenital, "chromosomal", "Chromosomal, genetic and congenital anomalies"},
    {Category::kPerinatalNeonatal, "perinatal", "Perinatal/neonatal event"},
    {Category::kInfection, "infection", "Infection"},
    {Category::kSudden, "sudden_unexplained", "Sudden unexpected, unexplained death"},
}};
constexpr std::array<core::Term<Modifiable>, 3> kModifiable{{
    {Modifiable::kIdentified, "identified", "Modifiable factors identified"},
    {Modifiable::kNotIdentified, "not_identified", "No modifiable factors identified"},
    {Modifiable::kInadequateInformation, "inadequate_information", "Inadequate information upon which to make a judgement"},
}};
constexpr std::array<core::Term<RecommendationArea>, 10> kAreas{{
    {RecommendationArea::kIndividualCase, "individual_case", "Management of an individual case"},
    {RecommendationArea::kCommunityEducation, "community_education", "Community education and awareness"},
    {RecommendationArea::kLocalOrganisation, "local_organisation", "Local organisational structures and practice"},
    {RecommendationArea::kAdvocacyHealthPromotion, "advocacy", "Advocacy and health promotion"},
    {RecommendationArea::kLegislationNational, "legislation", "Legislation or national policy"},
    {RecommendationArea::kRegionalPolicy, "regional_policy", "Regional policies or practice"},
    {RecommendationArea::kTraining, "training", "Training commissioners and providers"},
    {RecommendationArea::kNationalEducation, "national_education", "National education and awareness"},
    {RecommendationArea::kMobilisingCommunities, "mobilising_communities", "Mobilising local communities"},
    {RecommendationArea::kNone, "none", "No recommendations"},
}};

constexpr std::array<core::Term<Sex>, 4> kSexes{{
    {Sex::kFemale, "female", "Female"},
    {Sex::kMale, "male", "Male"},
    {Sex::kIndeterminate, "indeterminate", "Indeterminate"},
    {Sex::kNotKnown, "not_known", "Not known"},
}};
constexpr std::array<core::Term<PlaceOfDeath>, 6> kPlaces{{
    {PlaceOfDeath::kHospital, "hospital", "Hospital"},
    {PlaceOfDeath::kHome, "home", "Home"},
    {PlaceOfDeath::kHospice, "hospice", "Hospice"},
    {PlaceOfDeath::kPublicPlace, "public_place", "Public place"},
    {PlaceOfDeath::kAbroad, "abroad", "Abroad"},
    {PlaceOfDeath::kOther, "other", "Other"},
}};
constexpr std::array<core::Term<Expectation>, 2> kExpectations{{
    {Expectation::kExpected, "expected", "Expected"},
    {Expectation::kUnexpected, "unexpected", "Unexpected"},
}};

int Percent(int n, int total) { return total ? (200 * n + total) / (2 * total) : 0; }

}  // namespace

std::span<const core::Term<Category>> Categories() { return kCategories; }
std::span<const core::Term<Modifiable>> ModifiableFindings() { return kModifiable; }
std::span<const core::Term<RecommendationArea>> RecommendationAreas() { return kAreas; }
std::span<const core::Term<Sex>> Sexes() { return kSexes; }
std::span<const core::Term<PlaceOfDeath>> PlacesOfDeath() { return kPlaces; }
std::span<const core::Term<Expectation>> Expectations() { return kExpectations; }

core::FieldErrors ReadNotification(const core::FieldValues& in, const Date& today, Case& out) {
  core::FieldErrors errors;
  auto born = governance::ReadDateField(in, "date_of_birth", "the date of birth", true, errors);
  auto died = governance::ReadDateField(in, "date_of_death", "the date of death", true, errors);
  auto notified = governance::ReadDateField(in, "notified_on", "the date the panel was notified", true, errors);
  out.sex = core::RequiredChoice(Sexes(), in, "sex", "the child's sex", errors);
  std::string resident = core::Trim(core::ValueOf(in, "normally_resident"));
  if (resident != "yes" && resident != "no")
    errors.Add("normally_resident", "Select whether the child was normally resident in the area");
  out.normally_resident = resident != "no";
  out.place_of_death = core::RequiredChoice(PlacesOfDeath(), in, "place_of_death", "the place of death", errors);
  out.expected = core::RequiredChoice(Expectations(), in, "expected", "whether the death was expected", errors);
  out.notified_by = core::RequiredText(in, "notified_by", "who notified the panel", errors);
  if (born) out.date_of_birth = *born;
  if (died) out.date_of_death = *died;
  if (notified) out.notified_on = *notified;
  if (born && died && *died < *born) errors.Add("date_of_death", "The date of death must be on or after the date of birth");
  if (died && *died > today) errors.Add("date_of_death", "The date of death must be today or in the past");
  if (died && notified && *notified < *died)
    errors.Add("notified_on", "The date of notification must be on or after the date of death");
  if (notified && *notified > today) errors.Add("notified_on", "The date of notification must be today or in the past");
  // RULE: issue 5 - children under eighteen: the panel reviews deaths before the 18th birthday.
  if (born && died && *died >= *born && AgeInYears(*born, *died) >= 18)
    errors.Add("date_of_birth", "The child must have died before their 18th birthday");
  return errors;
}

core::FieldErrors ReadReview(const core::FieldValues& in, const Case& c,
                             const std::map<std::int64_t, Date>& panel_meetings, CaseReview& out,
                             std::string& referral_summary) {
  core::FieldErrors errors;
  out.case_id = c.id;
  std::vector<std::int64_t> ids;
  for (const auto& [id, on] : panel_meetings) ids.push_back(id);
  out.meeting_id = core::ReadReference(in, "meeting_id", "the panel meeting that reviewed the death", ids, true, errors);
  if (out.meeting_id) {
    out.reviewed_on = panel_meetings.at(*out.meeting_id);
    if (out.reviewed_on < c.date_of_death)
      errors.Add("meeting_id", "Select a panel meeting held after the death");
  }
  out.category = core::RequiredChoice(Categories(), in, "category", "the category of death", errors);
  out.modifiable = core::RequiredChoice(ModifiableFindings(), in, "modifiable", "whether modifiable factors were identified", errors);
  out.modifiable_factors = core::OptionalText(in, "modifiable_factors", "The modifiable factors", core::kMaxTextLength, errors);
  if (out.modifiable == Modifiable::kIdentified && out.modifiable_factors.empty() && !errors.For("modifiable"))
    errors.Add("modifiable_factors", "Enter which modifiable factors were identified");
  out.sudi = core::ReadFlag(in, "sudi");
  out.safeguarding_concern = core::ReadFlag(in, "safeguarding_concern");
  referral_summary = core::OptionalText(in, "referral_summary", "The referral summary", core::kMaxTextLength, errors);
  if (out.safeguarding_concern && referral_summary.empty())
    errors.Add("referral_summary", "Enter what the case review panel is asked to consider");
  out.lessons = core::OptionalText(in, "lessons", "The lessons", core::kMaxTextLength, errors);
  out.recommendation_areas.clear();
  for (const auto& t : RecommendationAreas())
    if (core::ReadFlag(in, "area-" + std::string(t.code))) out.recommendation_areas.push_back(t.value);
  if (out.recommendation_areas.empty())
    errors.Add("recommendation_areas", "Select the areas recommendations were made in, or no recommendations");
  else if (out.recommendation_areas.size() > 1 && out.recommendation_areas.back() == RecommendationArea::kNone)
    errors.Add("recommendation_areas", "Select either the areas recommendations were made in or no recommendations, not both");
  return errors;
}

std::string EncodeAreas(const std::vector<RecommendationArea>& areas) {
  std::string out;
  for (auto area : areas) {
    if (!out.empty()) out += ",";
    out += core::CodeOf(RecommendationAreas(), area);
  }
  return out;
}

std::vector<RecommendationArea> DecodeAreas(std::string_view codes) {
  std::vector<RecommendationArea> out;
  while (!codes.empty()) {
    auto comma = codes.find(',');
    auto code = codes.substr(0, comma);
    if (auto area = core::ParseCode(RecommendationAreas(), code)) out.push_back(*area);
    codes = comma == std::string_view::npos ? std::string_view() : codes.substr(comma + 1);
  }
  return out;
}

int AgeInYears(const Date& dob, const Date& dod) {
  int years = int(dod.year()) - int(dob.year());
  if (dod.month() < dob.month() || (dod.month() == dob.month() && dod.day() < dob.day())) --years;
  return std::max(years, 0);
}

std::string AgeAtDeath(const Date& dob, const Date& dod) {
  int days = (sys_days{dod} - sys_days{dob}).count();
  if (days < 28) return std::to_string(days) + (days == 1 ? " day" : " days");
  int months = (int(dod.year()) - int(dob.year())) * 12 + int(unsigned(dod.month())) - int(unsigned(dob.month()));
  if (dod.day() < dob.day()) --months;
  if (months < 24) return std::to_string(months) + (months == 1 ? " month" : " months");
  int years = AgeInYears(dob, dod);
  return std::to_string(years) + " years";
}

std::string CaseReference(int financial_year, int sequence) {
  return core::YearlyReference("CD", financial_year, sequence);
}

std::optional<int> ParseYear(std::string_view text) {
  int year = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc() || p != text.data() + text.size() || text.size() != 4 || year < 1990 || year > 2200)
    return std::nullopt;
  return year;
}

Statistics YearStatistics(int year, std::span<const Notification> notifications, std::span<const Review> reviews) {
  Statistics s;
  for (const auto& n : notifications) {
    int y = core::FinancialYearOf(n.notified_on);
    ++s.notified_by_year[y];
    if (y != year) continue;
    ++s.notified;
    if (!n.normally_resident) ++s.notified_not_resident;
  }
  std::map<RecommendationArea, bool> used;
  for (const auto& r : reviews) {
    if (core::FinancialYearOf(r.reviewed_on) != year) continue;
    ++s.reviews;
    ++s.reviews_by_death_year[core::FinancialYearOf(r.date_of_death)];
    ++s.categories[r.category].count;
    ++s.modifiable[r.modifiable].count;
    for (auto area : r.recommendations) used[area] = true;
  }
  for (auto& [category, c] : s.categories) c.percent = Percent(c.count, s.reviews);
  for (const auto& t : ModifiableFindings()) s.modifiable[t.value].percent = Percent(s.modifiable[t.value].count, s.reviews);
  for (const auto& t : RecommendationAreas())
    if (used.count(t.value)) s.recommendation_areas.push_back(t.value);
  return s;
}

std::vector<int> YearsWithRecords(std::span<const Notification> notifications, std::span<const Review> reviews) {
  std::vector<int> years;
  for (const auto& n : notifications) years.push_back(core::FinancialYearOf(n.notified_on));
  for (const auto& r : reviews) years.push_back(core::FinancialYearOf(r.reviewed_on));
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

bool SuppressSmallCounts(bool entitled_to_records, bool asked_to_suppress) {
  return !entitled_to_records || asked_to_suppress;
}

}  // namespace safeboard::cdop
