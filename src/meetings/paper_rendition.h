// A paper as the agenda pack and search need it (issue 15): as PDF, and as text. Made once, when
// the paper is added, by the packaged converters (documents/convert.h), outside the transaction
// that stores it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "meetings/model.h"

namespace safeboard::meetings {

// `bytes` is the paper as uploaded, already accepted by CheckPaper.
PaperRendition RenderPaper(std::string_view bytes, const Paper& paper);

// The paper's PDF: the upload itself, or its rendition; nullopt when neither can be read or it
// has no pages.
std::optional<std::string> PaperPdf(const std::string& bytes, const Paper& paper,
                                    const std::optional<std::string>& rendition);

}  // namespace safeboard::meetings
