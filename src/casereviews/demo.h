// The serious case reviews part of the demo board: see demo/demo_file.h. Loads after the child
// deaths' notifications, with their reviews (cdop::LoadDemoReview) in date order among the
// agencies' referrals.
#pragma once
#include "demo/demo_file.h"

namespace safeboard::casereviews {

void LoadDemo(demo::DemoLoad& load);

}  // namespace safeboard::casereviews
