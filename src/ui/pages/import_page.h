// What every import page shares: the explanation, the template links, the table of columns, the
// upload form; and the templates themselves (CSV, and Excel with a notes sheet).
#pragma once
#include <functional>
#include <span>
#include <string>

#include "core/import_table.h"
#include "http/context.h"
#include "ui/components.h"

namespace safeboard::ui::pages {

// `what`: the records, lower case ("agencies"); `path`: the import's address (its form posts
// there, its templates are path + "/template.csv" and ".xlsx"). The caller adds anything
// between the columns and the form through `extra` (lists of allowed words).
void ImportPageBody(Html& h, const http::Context& ctx, const std::string& what, const std::string& path,
                    std::span<const core::ImportColumn> columns, const FormState& form,
                    const std::function<void(Html&)>& extra = nullptr);

http::Response ImportTemplateCsvFor(const std::string& file_stem, std::span<const core::ImportColumn> columns);
http::Response ImportTemplateXlsxFor(const std::string& file_stem, const std::string& sheet_name,
                                     std::span<const core::ImportColumn> columns);

}  // namespace safeboard::ui::pages
