// What the child death pages share: their paths, the case of a URL, labels, the audit's record
// type. Internal to src/cdop/pages.
#pragma once
#include <cstdint>
#include <span>
#include <string>

#include "cdop/store.h"
#include "core/vocabulary.h"
#include "http/context.h"
#include "ui/pages/common.h"
#include "ui/pages/record_views.h"

namespace safeboard::ui::pages::child_death_pages {

using cdop::Case;
using cdop::CaseReview;
using cdop::CdopStore;
using http::Context;
using http::Response;

inline constexpr const char* kNav = "Child deaths";
inline constexpr const char* kAuditCase = "child-death";

std::string Path(const Context& ctx, const std::string& rest = "");
std::string CasePath(const Context& ctx, std::int64_t id);
Case CaseOrNotFound(Context& ctx);  // the URL's {id}; throws http::NotFound

template <typename Enum>
std::string Label(std::span<const core::Term<Enum>> terms, Enum value) {
  return std::string(core::LabelOf(terms, value));
}

}  // namespace safeboard::ui::pages::child_death_pages
