// Child death review rules.
#include "cdop/cdop.h"

#include <algorithm>
#include <array>
#include <cstdio>

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

int Percent(int n, int total) { return total ? (200 * n + total) / (2 * total) : 0; }

}  // namespace

std::span<const core::Term<Category>> Categories() { return kCategories; }
std::span<const core::Term<Modifiable>> ModifiableFindings() { return kModifiable; }
std::span<const core::Term<RecommendationArea>> RecommendationAreas() { return kAreas; }

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
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "CD-%04d-%03d", financial_year, sequence);
  return buffer;
}

int FinancialYearOf(const Date& date) { return int(date.year()) - (unsigned(date.month()) < 4 ? 1 : 0); }

Statistics YearStatistics(int year, std::span<const Notification> notifications, std::span<const Review> reviews) {
  Statistics s;
  for (const auto& n : notifications) {
    int y = FinancialYearOf(n.notified_on);
    ++s.notified_by_year[y];
    if (y != year) continue;
    ++s.notified;
    if (!n.normally_resident) ++s.notified_not_resident;
  }
  std::map<RecommendationArea, bool> used;
  for (const auto& r : reviews) {
    if (FinancialYearOf(r.reviewed_on) != year) continue;
    ++s.reviews;
    ++s.reviews_by_death_year[FinancialYearOf(r.date_of_death)];
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

std::string Publishable(int count, bool suppress_small) {
  if (suppress_small && count >= 1 && count <= 5) return "1-5";
  return std::to_string(count);
}

}  // namespace safeboard::cdop
