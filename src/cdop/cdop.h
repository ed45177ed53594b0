// Child death reviews (CDOP): the national categories and recommendation areas, ages, case
// references, and the annual statistics. No I/O. (Issue 5 groundwork: pages, storage and
// access control come next.)
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/vocabulary.h"

namespace safeboard::cdop {

using core::Date;

// The national child death review categories of death.
enum class Category {
  kDeliberateInjuryAbuseNeglect, kSuicideSelfHarm, kTraumaExternal, kMalignancy, kAcuteMedicalSurgical,
  kChronicMedical, kChromosomalGeneticCongenital, kPerinatalNeonatal, kInfection, kSudden
};
enum class Modifiable { kIdentified, kNotIdentified, kInadequateInformation };
enum class RecommendationArea {
  kIndividualCase, kCommunityEducation, kLocalOrganisation, kAdvocacyHealthPromotion, kLegislationNational,
  kRegionalPolicy, kTraining, kNationalEducation, kMobilisingCommunities, kNone
};
std::span<const core::Term<Category>> Categories();
std::span<const core::Term<Modifiable>> ModifiableFindings();
std::span<const core::Term<RecommendationArea>> RecommendationAreas();

// Age at death as people say it: "3 days", "5 months", "14 years". REQUIRES: dod >= dob.
std::string AgeAtDeath(const Date& dob, const Date& dod);
// Whole years of age at death (0 for infants).
int AgeInYears(const Date& dob, const Date& dod);

// RULE: issue 5 - a pseudonymous case reference, never the child's name: "CD-2011-007" from the
// financial year of notification and a sequence number within the partnership.
std::string CaseReference(int financial_year, int sequence);

// The financial year (1 April to 31 March) a date falls in, by its starting year.
int FinancialYearOf(const Date& date);

struct Notification {
  Date date_of_death;
  Date notified_on;
  bool normally_resident = true;
};

struct Review {
  Date reviewed_on;
  Date date_of_death;
  Category category = Category::kPerinatalNeonatal;
  Modifiable modifiable = Modifiable::kNotIdentified;
  std::vector<RecommendationArea> recommendations;
};

struct CountAndShare {
  int count = 0;
  int percent = 0;  // whole percentage of the total, half up
};

struct Statistics {
  int notified = 0;
  int notified_not_resident = 0;
  std::map<int, int> notified_by_year;                    // financial year -> deaths notified
  int reviews = 0;                                        // completed in the year
  std::map<int, int> reviews_by_death_year;               // financial year of death -> reviews
  std::map<Category, CountAndShare> categories;
  std::map<Modifiable, CountAndShare> modifiable;
  std::vector<RecommendationArea> recommendation_areas;   // used at least once, in vocabulary order
};

// RULE: issue 5 - statistics for the financial year starting `year`: deaths notified in it,
// reviews completed in it by the year the death occurred, categories and modifiable factors as
// counts and whole percentages (half up) of the reviews, and the recommendation areas used.
Statistics YearStatistics(int year, std::span<const Notification> notifications, std::span<const Review> reviews);

// For publication: counts of 1 to 5 are shown as "1-5" so small numbers cannot identify a child.
std::string Publishable(int count, bool suppress_small);

}  // namespace safeboard::cdop
