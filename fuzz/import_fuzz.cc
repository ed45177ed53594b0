// libFuzzer target: CSV parsing and the plan and indicator-value import checks, and "by when".
#include <cstdint>
#include <string>
#include <string_view>

#include "core/csv.h"
#include "performance/performance.h"
#include "plan/plan.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto table = safeboard::core::ParseCsv(text);
  std::vector<std::string> leads = {"Business Management Group"};
  (void)safeboard::plan::CheckPlanImport(table, leads);
  (void)safeboard::performance::CheckValueImport(table, {{"NI 63", safeboard::performance::Unit::kPercentage}});
  if (auto by_when = safeboard::plan::ParseByWhen(text))
    (void)safeboard::plan::DecodeByWhen(safeboard::plan::EncodeByWhen(*by_when));
  return 0;
}
