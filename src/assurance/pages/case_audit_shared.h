// What the case file audit pages share: who is reading, paths, and the case of a URL (refused to
// anyone outside its audit group, and logged as a view of a case record). Internal to
// src/assurance/pages.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "assurance/case_audits.h"
#include "http/context.h"

namespace safeboard::ui::pages::case_audit_pages {

inline constexpr const char* kAuditRecord = "audited-case";

assurance::CaseAuditReader ReaderOf(http::Context& ctx);
std::string ListPath(const http::Context& ctx, int year);
std::string CasePath(const http::Context& ctx, std::int64_t id);
// A case of this board (http::NotFound for another board's); nullopt when the reader is outside
// its audit group (the caller answers 403). Not logged: the caller logs what it does with it.
std::optional<assurance::AuditedCase> CaseOf(http::Context& ctx, std::int64_t id);

}  // namespace safeboard::ui::pages::case_audit_pages
