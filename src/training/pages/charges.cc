// The charges to invoice (issue 17): a year's charges under the board's rules, by the agency or
// employer that owes them: fees, late cancellations and places not attended, counted from the
// events already held (charges follow the register). The download lists each charged place with
// the practitioner's name, so it is the training team's only, like the bookings.
#include <algorithm>

#include "core/date.h"
#include "core/money.h"
#include "core/financial_year.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/store.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace {

// The year's events held by today, with the charges they bring.
std::vector<training::PayerCharges> ChargesOfYear(Context& ctx, int year) {
  auto [from, to] = core::FinancialYearDates(year);
  to = std::min(to, core::DateOf(ctx.clock.Now()));
  training::TrainingStore store(ctx.db);
  if (to < from) return {};
  return training::ChargesByPayer(store.EventsWithBookings(ctx.partnership_id(), from, to), store.Rules(ctx.partnership_id()));
}

std::string CountOf(const training::PayerCharges& p, training::ChargeReason reason) {
  auto found = p.places.find(reason);
  return std::to_string(found == p.places.end() ? 0 : found->second);
}

}  // namespace

Response ShowTrainingChargesDue(Context& ctx) {
  int year = YearAsked(ctx);
  auto payers = ChargesOfYear(ctx, year);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "The charges under the board's charging rules for the events of " + core::FinancialYearLabel(year) +
                " held so far: the fee for places from agencies that do not contribute, and the charges for late "
                "cancellations and places not attended, unless a colleague took the place.");
  std::int64_t total = 0;
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& p : payers) {
    total += p.total_pence;
    rows.push_back({TextCell(p.payer), TextCell(CountOf(p, training::ChargeReason::kFee)),
                    TextCell(CountOf(p, training::ChargeReason::kLateCancellation)),
                    TextCell(CountOf(p, training::ChargeReason::kNoShow)), TextCell(core::FormatPounds(p.total_pence))});
  }
  if (rows.empty()) {
    h.Element("p", {{"class", "govuk-body"}}, "Nothing to charge for this year so far.");
  } else {
    rows.push_back({TextCell("Total"), TextCell(""), TextCell(""), TextCell(""), TextCell(core::FormatPounds(total))});
    Table(h, "Charges by agency or employer",
          {"Agency or employer", "Fees", "Late cancellations", "Did not attend", "Amount"}, rows);
    DownloadLinks(h, ctx.PartnershipPath("/training/charges"), "?year=" + std::to_string(year), "Download each charged place");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Charges to invoice " + core::FinancialYearLabel(year), kNav,
                                 {{"Training programme", ProgrammePath(ctx, year)}});
  return Page(ctx, std::move(chrome), std::move(h));
}

Response ExportTrainingChargesDue(Context& ctx) {
  int year = YearAsked(ctx);
  TableRows rows;
  for (const auto& p : ChargesOfYear(ctx, year))
    for (const auto& [booking, event, charge] : p.charged)
      rows.push_back({p.payer, core::FormatDate(event.on), event.course_title,
                      booking.substitute_name.empty() ? booking.name : booking.substitute_name + " (for " + booking.name + ")",
                      std::string(core::LabelOf(training::ChargeReasons(), charge.reason)),
                      core::FormatPoundsPlain(charge.pence)});
  return DownloadAsAsked(ctx.request, {"training-charges-" + core::FinancialYearLabel(year), "Charges",
                                       {"Agency or employer", "Event day", "Course", "Practitioner", "Charge for", "Amount (£)"},
                                       rows});
}

}  // namespace safeboard::ui::pages
