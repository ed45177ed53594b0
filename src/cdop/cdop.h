// Child death reviews (CDOP): notifications and reviews as records, the national categories and
// recommendation areas, ages, case references, and the annual statistics. No I/O.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/financial_year.h"
#include "core/field_errors.h"
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

enum class Sex { kFemale, kMale, kIndeterminate, kNotKnown };
enum class PlaceOfDeath { kHospital, kHome, kHospice, kPublicPlace, kAbroad, kOther };
enum class Expectation { kExpected, kUnexpected };
std::span<const core::Term<Sex>> Sexes();
std::span<const core::Term<PlaceOfDeath>> PlacesOfDeath();
std::span<const core::Term<Expectation>> Expectations();

// A notified death. RULE: issue 5 - never the child's name: the reference is what lists, URLs
// and logs show.
struct Case {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string reference;
  Date date_of_birth;
  Date date_of_death;
  Sex sex = Sex::kNotKnown;
  bool normally_resident = true;
  PlaceOfDeath place_of_death = PlaceOfDeath::kHospital;
  Expectation expected = Expectation::kExpected;
  std::string notified_by;  // who notified the panel (a role or service)
  Date notified_on;
};

// The panel's review of one death.
struct CaseReview {
  std::int64_t case_id = 0;
  std::optional<std::int64_t> meeting_id;  // the CDOP panel meeting
  Date reviewed_on;
  Category category = Category::kPerinatalNeonatal;
  Modifiable modifiable = Modifiable::kNotIdentified;
  std::string modifiable_factors;  // which factors, when identified
  bool sudi = false;               // sudden unexpected death in infancy
  bool safeguarding_concern = false;
  std::string lessons;
  std::vector<RecommendationArea> recommendation_areas;
};

// Reads a notification form. RULE: born on or before the death, which is on or before the
// notification, which is not in the future.
core::FieldErrors ReadNotification(const core::FieldValues& in, const Date& today, Case& out);

// Reads a review form: `panel_meetings` are the CDOP meetings (id -> date) held on or after the
// death. A safeguarding concern needs `referral_summary` (what the case review panel is asked
// to consider). RULE: "no recommendations" cannot be ticked with another area.
core::FieldErrors ReadReview(const core::FieldValues& in, const Case& c,
                             const std::map<std::int64_t, Date>& panel_meetings, CaseReview& out,
                             std::string& referral_summary);

// Recommendation areas as stored: codes joined by commas, and back.
std::string EncodeAreas(const std::vector<RecommendationArea>& areas);
std::vector<RecommendationArea> DecodeAreas(std::string_view codes);

// Age at death as people say it: "3 days", "5 months", "14 years". REQUIRES: dod >= dob.
std::string AgeAtDeath(const Date& dob, const Date& dod);
// Whole years of age at death (0 for infants).
int AgeInYears(const Date& dob, const Date& dod);

// RULE: issue 5 - a pseudonymous case reference, never the child's name: "CD-2011-007" from the
// financial year of notification and a sequence number within the partnership.
std::string CaseReference(int financial_year, int sequence);

// A year asked for in a URL ("2011"); nullopt unless four digits in a sensible range.
std::optional<int> ParseYear(std::string_view text);

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

// The financial years with any notification or review, oldest first.
std::vector<int> YearsWithRecords(std::span<const Notification> notifications, std::span<const Review> reviews);

// RULE: issue 12 - small counts of child deaths can identify a child: counts of 1 to 5 are
// suppressed for everyone but those entitled to the case records (the panel and the board team),
// who see them unless they ask for the publication version (`asked_to_suppress`).
bool SuppressSmallCounts(bool entitled_to_records, bool asked_to_suppress);

}  // namespace safeboard::cdop
