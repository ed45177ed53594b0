// The child deaths part of the demo board: see demo/demo_file.h. Notifications load first; each
// review is loaded by the case reviews' part in date order with the agencies' referrals, because
// a review with a safeguarding concern makes a referral and references follow the order of events.
#pragma once
#include "demo/demo_file.h"

namespace safeboard::cdop {

// The deaths before the panel and the notifications; records each case's id under its key in
// load.child_deaths.
void LoadDemo(demo::DemoLoad& load);
// One review from the file's child_deaths.reviews.
void LoadDemoReview(demo::DemoLoad& load, const demo::json::object& review);

}  // namespace safeboard::cdop
