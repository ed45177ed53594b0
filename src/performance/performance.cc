// Performance data rules.
#include "performance/performance.h"

#include <array>
#include <numeric>

namespace safeboard::performance {
namespace {

constexpr std::array<core::Term<Cluster>, 4> kClusters{{
    {Cluster::kStayingSafe, "staying_safe", "Staying safe"},
    {Cluster::kPrevention, "prevention", "Engagement with prevention"},
    {Cluster::kChildProtection, "child_protection", "Engagement with child protection"},
    {Cluster::kQuality, "quality", "Quality and improvement"},
}};
constexpr std::array<core::Term<Unit>, 3> kUnits{{
    {Unit::kCount, "count", "Count"},
    {Unit::kPercentage, "percentage", "Percentage"},
    {Unit::kRatePer10000, "rate_per_10000", "Rate per 10,000 children aged 0-17"},
}};
constexpr std::array<core::Term<Better>, 2> kBetters{{
    {Better::kHigher, "higher", "Higher is better"},
    {Better::kLower, "lower", "Lower is better"},
}};
constexpr std::array<core::Term<Frequency>, 2> kFrequencies{{
    {Frequency::kQuarterly, "quarterly", "Quarterly"},
    {Frequency::kAnnual, "annual", "Annual"},
}};

constexpr std::array<Measure, 10> kChildProtection{{
    {"initial_assessments", "Number of initial assessments completed in the year"},
    {"core_assessments", "Number of core assessments completed in the year"},
    {"s47_enquiries", "Number of section 47 enquiries initiated during the year"},
    {"initial_conferences", "Number of children subject to an initial child protection conference during the year"},
    {"plans_at_year_end", "Number of children subject to a child protection plan at 31 March"},
    {"became_subject", "Number of children who became subject to a child protection plan during the year"},
    {"with_previous_plan", "Of those children becoming subject to a child protection plan during the year, the number who had a previous child protection plan (at any time)"},
    {"plans_ceased", "Number of children with a child protection plan ceasing during the year"},
    {"ceased_after_two_years", "Of the child protection plans ceasing during the year, the number of children whose child protection plan had lasted for two years or more"},
    {"reviews_on_time_percent", "Of the child protection plans which should have been reviewed during the year, the percentage reviewed on time"},
}};
constexpr std::array<Measure, 5> kCategories{{
    {"neglect", "Neglect"}, {"emotional", "Emotional abuse"}, {"physical", "Physical abuse"},
    {"sexual", "Sexual abuse"}, {"multiple", "Multiple"}}};
constexpr std::array<Measure, 6> kAgeBands{{
    {"unborn", "Unborn"}, {"under_1", "Under 1"}, {"1_4", "1 to 4"}, {"5_9", "5 to 9"},
    {"10_15", "10 to 15"}, {"16_17", "16 and 17"}}};

}  // namespace

std::span<const core::Term<Cluster>> Clusters() { return kClusters; }
std::span<const core::Term<Unit>> Units() { return kUnits; }
std::span<const core::Term<Better>> Betters() { return kBetters; }
std::span<const core::Term<Frequency>> Frequencies() { return kFrequencies; }
std::span<const Measure> ChildProtectionMeasures() { return kChildProtection; }
std::span<const Measure> PlanCategories() { return kCategories; }
std::span<const Measure> AgeBands() { return kAgeBands; }

std::optional<std::int64_t> RateTenthsPer10000(std::int64_t count, std::int64_t population) {
  if (population <= 0 || count < 0) return std::nullopt;
  // count * 10,000 / population per child, in tenths: count * 100,000 / population, half up.
  return (count * 200000 + population) / (2 * population);
}

std::string FormatTenths(std::int64_t tenths) {
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

AgainstTarget Compare(double value, std::optional<double> target, Better better) {
  if (!target) return AgainstTarget::kNoTarget;
  bool met = better == Better::kHigher ? value >= *target : value <= *target;
  return met ? AgainstTarget::kMet : AgainstTarget::kNotMet;
}

std::vector<int> Shares(std::span<const std::int64_t> counts) {
  std::int64_t total = std::accumulate(counts.begin(), counts.end(), std::int64_t{0});
  std::vector<int> out;
  for (auto c : counts) out.push_back(total ? static_cast<int>((200 * c + total) / (2 * total)) : 0);
  return out;
}

}  // namespace safeboard::performance
