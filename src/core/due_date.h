// A deadline an area puts on the governance calendar (issue 16): what is due, when, and the rule
// it comes from. The calendar computes whether it is overdue or due soon.
#pragma once
#include <string>

#include "core/date.h"

namespace safeboard::core {

struct DueDate {
  std::string what;
  Date due;
  std::string rule;
};

}  // namespace safeboard::core
