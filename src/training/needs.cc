#include "training/needs.h"

#include <algorithm>
#include <cctype>

#include "core/financial_year.h"
#include "core/form_fields.h"
#include "core/text.h"
#include "governance/governance.h"

namespace safeboard::training {
namespace {

std::optional<int> Percent(int part, int whole) {
  if (whole == 0) return std::nullopt;
  return (part * 100 * 2 + whole) / (2 * whole);
}

// "yes" or "no"; an error otherwise.
bool ReadYesNo(const core::FieldValues& in, const std::string& field, const std::string& question,
               core::FieldErrors& errors) {
  auto value = core::Trim(core::ValueOf(in, field));
  if (value == "yes") return true;
  if (value != "no") errors.Add(field, "Select yes or no: " + question);
  return false;
}

}  // namespace

std::string RespondentKey(const NeedsReturn& r) {
  if (r.agency_id) return "agency:" + std::to_string(*r.agency_id);
  return core::AsciiLower(r.organisation);
}

core::FieldErrors ReadNeedsReturn(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                  const std::vector<std::string>& returned, const core::Date& today, NeedsReturn& out) {
  core::FieldErrors errors;
  auto year = core::ParseFinancialYearStart(core::ValueOf(in, "year"));
  if (!year)
    errors.Add("year", "Give the financial year by its first calendar year, like 2011 for 2011-12");
  else
    out.year_start = *year;
  out.agency_id = core::ReadReference(in, "agency_id", "the agency", agencies, false, errors);
  out.organisation = out.agency_id ? "" : core::OptionalText(in, "organisation", "the organisation", core::kMaxNameLength, errors);
  if (!out.agency_id && out.organisation.empty() && !errors.For("agency_id"))
    errors.Add("organisation", "Choose one of the board's agencies or enter the organisation's name");
  else if ((out.agency_id || !out.organisation.empty()) &&
           std::find(returned.begin(), returned.end(), RespondentKey(out)) != returned.end())
    errors.Add(out.agency_id ? "agency_id" : "organisation", "This respondent has already made its return for the year");
  out.single_agency_in_place =
      ReadYesNo(in, "single_agency_in_place", "does it have single-agency safeguarding training in place?", errors);
  out.accessing_inter_agency =
      ReadYesNo(in, "accessing_inter_agency", "do its staff access inter-agency training?", errors);
  out.gaps = core::OptionalText(in, "gaps", "the gaps", 4000, errors);
  auto on = governance::ReadDateField(in, "returned_on", "the day returned", true, errors);
  if (on) out.returned_on = *on;
  if (on && today < *on && !errors.For("returned_on")) errors.Add("returned_on", "The date cannot be in the future");
  return errors;
}

std::optional<int> NeedsFigures::SingleAgencyPercent() const { return Percent(single_agency_in_place, respondents); }
std::optional<int> NeedsFigures::InterAgencyPercent() const { return Percent(accessing_inter_agency, respondents); }

NeedsFigures NeedsFiguresOf(std::span<const NeedsReturn> returns) {
  NeedsFigures f;
  for (const auto& r : returns) {
    ++f.respondents;
    f.single_agency_in_place += r.single_agency_in_place;
    f.accessing_inter_agency += r.accessing_inter_agency;
  }
  return f;
}

}  // namespace safeboard::training
