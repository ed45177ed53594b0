// The training API (issue 17): a year's figures, counted from the records.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response GetTrainingFigures(http::Context& ctx);
http::Response GetELearningFigures(http::Context& ctx);
http::Response GetTrainingNeeds(http::Context& ctx);

}  // namespace safeboard::api
