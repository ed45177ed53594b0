// The HTML builder. Text and attribute values are always escaped; the only way to put markup in
// unescaped is a TrustedHtml, which only this module and the Markdown renderer can make.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace safeboard::ui {

class TrustedHtml {
 public:
  const std::string& str() const { return html_; }
  // Markdown rendered by cmark-gfm in safe mode (raw HTML and unsafe links removed). Headings
  // are demoted by `demote` levels (to at most h6) so a document sits under the page's h1/h2.
  static TrustedHtml FromMarkdown(std::string_view markdown, int demote = 0);

 private:
  friend class Html;
  explicit TrustedHtml(std::string html) : html_(std::move(html)) {}
  std::string html_;
};

struct Attr {
  std::string_view name;  // a literal in our code, never user input
  std::string_view value;
};
using Attrs = std::initializer_list<Attr>;

void AppendEscaped(std::string& out, std::string_view text);
std::string Escape(std::string_view text);

class Html {
 public:
  // Most builders are fragments (a table cell, a tag): they start empty. The page around the
  // main content is built with room for all of it (RenderPage).
  Html() = default;
  explicit Html(std::size_t capacity) { out_.reserve(capacity); }
  Html& Open(std::string_view tag, Attrs attrs = {});
  Html& Close(std::string_view tag);
  Html& Void(std::string_view tag, Attrs attrs = {});  // <input>, <meta>, <link>, <br>
  // An SVG shape with no content: <line ... />. SVG elements are not HTML's void elements, so
  // without the "/>" the browser nests whatever follows inside them (issue 15: charts drew nothing).
  Html& SelfClosed(std::string_view tag, Attrs attrs = {});
  // <tag attrs>text</tag>, text escaped.
  Html& Element(std::string_view tag, Attrs attrs, std::string_view text);
  Html& Element(std::string_view tag, std::string_view text) { return Element(tag, {}, text); }
  Html& Text(std::string_view text);
  Html& Append(const TrustedHtml& html);
  Html& Append(Html&& other);
  // Attribute with an optional presence ("checked", "selected") via Open with value "" is not
  // enough; use these for boolean attributes.
  Html& OpenWithFlags(std::string_view tag, Attrs attrs, std::initializer_list<std::string_view> flags);
  std::string Take() { return std::move(out_); }
  static TrustedHtml Doctype() { return TrustedHtml("<!DOCTYPE html>\n"); }
  TrustedHtml Build() { return TrustedHtml(std::move(out_)); }

 private:
  void AppendAttrs(Attrs attrs);
  std::string out_;
};

}  // namespace safeboard::ui
