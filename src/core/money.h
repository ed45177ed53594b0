// Money in whole pence (issue 17; issue 19's budget keeps every amount so): reading an amount as
// people type it, and showing it as the board's papers do. No floating point anywhere.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace safeboard::core {

// Pounds and pence as typed: "45", "45.5", "45.50", "£45.00", "34,887" (commas between
// thousands only); nullopt for anything else, negative amounts included. Blank is nullopt too.
std::optional<std::int64_t> ParsePence(std::string_view text);
// "£71,260.00" (thousands separated), and "71260.00" for a spreadsheet's number cell.
std::string FormatPounds(std::int64_t pence);
std::string FormatPoundsPlain(std::int64_t pence);

}  // namespace safeboard::core
