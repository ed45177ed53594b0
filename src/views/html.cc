// The escaping HTML builder and the safe Markdown renderer.
#include "views/html.h"

#include <cmark-gfm.h>

#include <algorithm>
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

TrustedHtml TrustedHtml::FromMarkdown(std::string_view markdown, int demote) {
  // CMARK_OPT_SAFE is the default in cmark-gfm: raw HTML and javascript: links are removed.
  char* html = cmark_markdown_to_html(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT);
  std::string out(html);
  std::free(html);
  if (demote > 0) {
    // Raw HTML is stripped, so every "<hN>" / "</hN>" here is a heading cmark produced.
    std::string shifted;
    shifted.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
      bool open = out.compare(i, 2, "<h") == 0, close = out.compare(i, 3, "</h") == 0;
      std::size_t digit = i + (close ? 3 : 2);
      if ((open || close) && digit + 1 < out.size() && out[digit] >= '1' && out[digit] <= '6' &&
          out[digit + 1] == '>') {
        shifted.append(out, i, digit - i);
        shifted += static_cast<char>(std::min('6', static_cast<char>(out[digit] + demote)));
        i = digit;
        continue;
      }
      shifted += out[i];
    }
    out = std::move(shifted);
  }
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
