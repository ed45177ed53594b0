// The learning API (issue 16): training needs and procedure reviews raised, with where each came
// from and where it led.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response GetLearningReferrals(http::Context& ctx);

}  // namespace safeboard::api
