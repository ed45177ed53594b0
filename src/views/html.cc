// The escaping HTML builder and the safe Markdown renderer.
#include "views/html.h"

#include <cmark-gfm.h>

#include <cstdlib>

namespace safeboard::views {

void AppendEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\0': out += "\xEF\xBF\xBD"; break;  // U+FFFD
      default: out += c;
    }
  }
}

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendEscaped(out, text);
  return out;
}

TrustedHtml TrustedHtml::FromMarkdown(std::string_view markdown) {
  // CMARK_OPT_SAFE is the default in cmark-gfm: raw HTML and javascript: links are removed.
  char* html = cmark_markdown_to_html(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT);
  std::string out(html);
  std::free(html);
  return TrustedHtml(std::move(out));
}

void Html::AppendAttrs(Attrs attrs) {
  for (const auto& a : attrs) {
    out_ += ' ';
    out_ += a.name;
    out_ += "=\"";
    AppendEscaped(out_, a.value);
    out_ += '"';
  }
}

Html& Html::Open(std::string_view tag, Attrs attrs) {
  out_ += '<';
  out_ += tag;
  AppendAttrs(attrs);
  out_ += '>';
  return *this;
}

Html& Html::OpenWithFlags(std::string_view tag, Attrs attrs,
                          std::initializer_list<std::string_view> flags) {
  out_ += '<';
  out_ += tag;
  AppendAttrs(attrs);
  for (auto flag : flags) {
    if (flag.empty()) continue;
    out_ += ' ';
    out_ += flag;
  }
  out_ += '>';
  return *this;
}

Html& Html::Close(std::string_view tag) {
  out_ += "</";
  out_ += tag;
  out_ += '>';
  return *this;
}

Html& Html::Void(std::string_view tag, Attrs attrs) { return Open(tag, attrs); }

Html& Html::Element(std::string_view tag, Attrs attrs, std::string_view text) {
  Open(tag, attrs);
  AppendEscaped(out_, text);
  return Close(tag);
}

Html& Html::Text(std::string_view text) {
  AppendEscaped(out_, text);
  return *this;
}

Html& Html::Append(const TrustedHtml& html) {
  out_ += html.str();
  return *this;
}

Html& Html::Append(Html&& other) {
  out_ += other.out_;
  return *this;
}

}  // namespace safeboard::views
