// What the training pages share (issue 17): paths, the year asked for, the event of a URL, and
// the options to choose from. Internal to src/training/pages.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "http/context.h"
#include "training/training.h"
#include "ui/components.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::training_pages {

inline constexpr const char* kNav = "Training";

// ?year= (a financial year's start) or the year of today.
int YearAsked(const http::Context& ctx);
std::string ProgrammePath(const http::Context& ctx, int year);
std::string EventPath(const http::Context& ctx, std::int64_t id);
std::string ReportPath(const http::Context& ctx, int year);
// Throws http::NotFound for another board's event or booking.
training::Event EventOf(http::Context& ctx, std::int64_t id);
training::Booking BookingOf(http::Context& ctx, std::int64_t id);
std::vector<std::int64_t> AgencyIds(http::Context& ctx);
Options AgencyOptions(http::Context& ctx);  // current agencies

}  // namespace safeboard::ui::pages::training_pages
