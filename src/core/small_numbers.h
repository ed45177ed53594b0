// Small numbers in published figures (issue 5, issue 16): a count of 1 to 5 can identify a
// child or a worker, so a publication shows it as "1-5".
#pragma once
#include <string>

namespace safeboard::core {

// RULE: issue 12 / issue 16 - for publication, counts of 1 to 5 are shown as "1-5".
std::string PublishableCount(int count, bool suppress_small);

}  // namespace safeboard::core
