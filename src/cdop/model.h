// What the child death store reads back besides its records: the history of deaths before the panel.
// Plain values: no storage here, so rules and reports can use them without a store.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cdop/cdop.h"

namespace safeboard::cdop {

struct HistoryYear {
  std::string period;  // "2003" (a calendar year before the panel)
  int deaths = 0;
};

}  // namespace safeboard::cdop
