// N-Triples 1.1 (https://www.w3.org/TR/n-triples/) by recursive descent over one line at a
// time: the grammar is line-based, so an error can always name its line and column.
#include "kg/io/ntriples.h"

#include <array>
#include <cstring>

#include "kg/base/unicode.h"
#include "kg/base/model.h"

namespace kg::io {

namespace {

class LineParser {
 public:
  explicit LineParser(std::string_view line) : s_(line) {}

  Status Parse(RdfTriple* t, bool* has_triple) {
    *has_triple = false;
    SkipWs();
    if (AtEnd() || Peek() == '#') return Status::OK();
    KG_RETURN_IF_ERROR(ParseSubject(&t->s));
    SkipWs();
    if (AtEnd() || Peek() != '<') return Error("expected a predicate IRI <...>");
    KG_RETURN_IF_ERROR(ParseIri(&t->p));
    SkipWs();
    KG_RETURN_IF_ERROR(ParseObject(&t->o));
    SkipWs();
    if (AtEnd() || Peek() != '.') return Error("expected '.' at the end of the triple");
    ++pos_;
    SkipWs();
    if (!AtEnd() && Peek() != '#') return Error("unexpected text after the triple's '.'");
    *has_triple = true;
    return Status::OK();
  }

 private:
  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek() const { return s_[pos_]; }
  void SkipWs() {
    while (!AtEnd() && (Peek() == ' ' || Peek() == '\t')) ++pos_;
  }
  Status Error(const std::string& msg) const { return ErrorAt(pos_, msg); }
  Status ErrorAt(size_t byte, const std::string& msg) const {
    Location where;
    where.column = kg::CodePointCount(s_.substr(0, std::min(byte, s_.size()))) + 1;
    return Status::ParseError(msg, where);
  }

  Status ParseSubject(RdfTerm* t) {
    if (Peek() == '<') return ParseIri(t);
    if (Peek() == '_') return ParseBlank(t);
    if (Peek() == '"') return Error("a literal cannot be a subject");
    return Error("expected a subject: an IRI <...> or a blank node _:label");
  }

  Status ParseObject(RdfTerm* t) {
    if (AtEnd()) return Error("expected an object");
    if (Peek() == '<') return ParseIri(t);
    if (Peek() == '_') return ParseBlank(t);
    if (Peek() == '"') return ParseLiteral(t);
    return Error("expected an object: an IRI <...>, a blank node _:label or a \"literal\"");
  }

  static int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // At a backslash followed by 'u' or 'U': decodes \uXXXX or \UXXXXXXXX into *out.
  Status ParseUchar(std::string* out) {
    size_t start = pos_;
    char kind = s_[pos_ + 1];
    int digits = kind == 'u' ? 4 : 8;
    pos_ += 2;
    uint32_t cp = 0;
    for (int i = 0; i < digits; ++i) {
      if (AtEnd() || HexValue(Peek()) < 0) {
        return ErrorAt(start, std::string("bad \\") + kind + " escape: expected " +
                                  std::to_string(digits) + " hex digits");
      }
      cp = cp * 16 + static_cast<uint32_t>(HexValue(Peek()));
      ++pos_;
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return ErrorAt(start, "escape is not a Unicode scalar value");
    }
    kg::AppendUtf8(out, cp);
    return Status::OK();
  }

  // Bytes an IRIREF holds as they are: not controls or space, not <>"{}|^` and not the '\\'
  // that starts an escape.
  static std::array<bool, 256> PlainIriBytes() {
    std::array<bool, 256> plain{};
    for (int b = 0x21; b < 256; ++b) plain[static_cast<size_t>(b)] = true;
    for (char c : std::string_view("<>\"{}|^`\\")) plain[static_cast<unsigned char>(c)] = false;
    return plain;
  }

  Status ParseIri(RdfTerm* t) {
    size_t start = pos_;
    ++pos_;  // '<'
    t->kind = RdfTerm::Kind::kIri;
    t->value.clear();
    t->datatype.clear();
    t->lang.clear();
    static const std::array<bool, 256> kPlain = PlainIriBytes();
    while (true) {
      // A run of bytes that stand as they are, appended at once.
      size_t run = pos_;
      while (run < s_.size() && kPlain[static_cast<unsigned char>(s_[run])]) ++run;
      t->value.append(s_.data() + pos_, run - pos_);
      pos_ = run;
      if (AtEnd()) return ErrorAt(start, "unterminated IRI: expected '>'");
      char c = Peek();
      if (c == '>') break;
      if (c == '\\') {
        if (pos_ + 1 < s_.size() && (s_[pos_ + 1] == 'u' || s_[pos_ + 1] == 'U')) {
          KG_RETURN_IF_ERROR(ParseUchar(&t->value));
          continue;
        }
        return Error("only \\u and \\U escapes are allowed in an IRI");
      }
      return Error(c == ' ' ? "space in IRI" : "character not allowed in an IRI");
    }
    ++pos_;  // '>'
    if (!IsAbsoluteIri(t->value)) {
      return ErrorAt(start, "relative IRI <" + t->value + "> (N-Triples needs absolute IRIs)");
    }
    return Status::OK();
  }

  static bool IsPnCharsBase(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
           (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
           (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
           (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
           (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
           (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
  }
  static bool IsPnCharsU(char32_t c) { return IsPnCharsBase(c) || c == '_' || c == ':'; }
  static bool IsPnChars(char32_t c) {
    return IsPnCharsU(c) || c == '-' || (c >= '0' && c <= '9') || c == 0xB7 ||
           (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
  }

  Status ParseBlank(RdfTerm* t) {
    size_t start = pos_;
    if (pos_ + 1 >= s_.size() || s_[pos_ + 1] != ':') return Error("expected '_:' of a blank node");
    pos_ += 2;
    t->kind = RdfTerm::Kind::kBlank;
    t->value.clear();
    t->datatype.clear();
    t->lang.clear();
    if (AtEnd()) return ErrorAt(start, "empty blank node label");
    size_t p = pos_;
    char32_t first = kg::DecodeUtf8At(s_, &p);
    if (!(IsPnCharsU(first) || (first >= '0' && first <= '9')) || first == ':') {
      return Error("bad first character of a blank node label");
    }
    size_t end = p;           // end of the label so far
    size_t last_good = p;     // end of the label without trailing dots
    while (end < s_.size()) {
      size_t q = end;
      char32_t c = kg::DecodeUtf8At(s_, &q);
      if (c == '.') {
        end = q;
        continue;
      }
      if (!IsPnChars(c)) break;
      if (c == ':') return ErrorAt(q - 1, "':' is not allowed in a blank node label here");
      end = q;
      last_good = q;
    }
    t->value.assign(s_.substr(pos_, last_good - pos_));
    pos_ = last_good;
    return Status::OK();
  }

  Status ParseLiteral(RdfTerm* t) {
    size_t start = pos_;
    ++pos_;  // '"'
    t->kind = RdfTerm::Kind::kLiteral;
    t->value.clear();
    t->datatype.clear();
    t->lang.clear();
    while (true) {
      // Up to the next quote or escape, appended at once.
      size_t run = s_.find_first_of("\"\\", pos_);
      if (run == std::string_view::npos) run = s_.size();
      t->value.append(s_.data() + pos_, run - pos_);
      pos_ = run;
      if (AtEnd()) return ErrorAt(start, "unterminated string: expected '\"'");
      char c = Peek();
      if (c == '"') break;
      if (c == '\\') {
        if (pos_ + 1 >= s_.size()) return Error("unterminated escape");
        char e = s_[pos_ + 1];
        if (e == 'u' || e == 'U') {
          KG_RETURN_IF_ERROR(ParseUchar(&t->value));
          continue;
        }
        const char* from = "tbnrf\"'\\";
        const char* to = "\t\b\n\r\f\"'\\";
        const char* hit = std::strchr(from, e);
        if (e == '\0' || hit == nullptr) return Error(std::string("bad string escape \\") + e);
        t->value.push_back(to[hit - from]);
        pos_ += 2;
        continue;
      }
      t->value.push_back(c);
      ++pos_;
    }
    ++pos_;  // closing quote
    if (!AtEnd() && Peek() == '^') {
      if (pos_ + 1 >= s_.size() || s_[pos_ + 1] != '^') return Error("expected '^^' before a datatype");
      pos_ += 2;
      if (AtEnd() || Peek() != '<') return Error("expected a datatype IRI <...> after '^^'");
      RdfTerm dt;
      KG_RETURN_IF_ERROR(ParseIri(&dt));
      t->datatype = dt.value == kXsdString ? std::string() : dt.value;
    } else if (!AtEnd() && Peek() == '@') {
      size_t tag_start = ++pos_;
      auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
      auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); };
      if (AtEnd() || !alpha(Peek())) return Error("bad language tag: expected a letter");
      while (!AtEnd() && alpha(Peek())) ++pos_;
      while (!AtEnd() && Peek() == '-') {
        ++pos_;
        if (AtEnd() || !alnum(Peek())) return Error("bad language tag subtag");
        while (!AtEnd() && alnum(Peek())) ++pos_;
      }
      std::string tag(s_.substr(tag_start, pos_ - tag_start));
      for (char& c : tag) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      t->lang = std::move(tag);
    }
    return Status::OK();
  }

  std::string_view s_;
  size_t pos_ = 0;
};

const char* kHex = "0123456789ABCDEF";

void AppendUEscape(std::string* out, uint32_t cp) {
  out->append("\\u");
  for (int shift = 12; shift >= 0; shift -= 4) out->push_back(kHex[(cp >> shift) & 0xF]);
}

}  // namespace

bool IsAbsoluteIri(std::string_view iri) {
  if (iri.empty()) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(iri[0])) return false;
  for (size_t i = 1; i < iri.size(); ++i) {
    char c = iri[i];
    if (c == ':') return true;
    if (!(alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return false;
  }
  return false;
}

Status ParseNTriplesLine(std::string_view line, RdfTriple* t, bool* has_triple) {
  return LineParser(line).Parse(t, has_triple);
}

NTriplesReader::NTriplesReader(std::istream* in, std::string source)
    : in_(in), source_(std::move(source)) {}

bool NTriplesReader::Next(RdfTriple* t) {
  if (!status_.ok()) return false;
  while (true) {
    if (!pending_.empty()) {
      line_.swap(pending_);
      pending_.clear();
      ++line_no_;
    } else {
      if (!std::getline(*in_, line_)) {
        if (in_->bad()) status_ = Status::IOError(source_ + ": read error");
        return false;
      }
      bytes_ += static_cast<int64_t>(line_.size()) + (in_->eof() ? 0 : 1);
      ++line_no_;
    }
    // A bare CR also ends a line (EOL ::= [#xD#xA]+).
    size_t cr = line_.find('\r');
    if (cr != std::string::npos) {
      pending_ = line_.substr(cr + 1);
      while (!pending_.empty() && pending_[0] == '\r') pending_.erase(0, 1);
      line_.resize(cr);
    }
    int64_t bad = kg::FindInvalidUtf8(line_);
    if (bad >= 0) {
      Location where{source_, line_no_, kg::CodePointCount(std::string_view(line_).substr(
                                            0, static_cast<size_t>(bad))) + 1};
      status_ = Status::ParseError("invalid UTF-8", where);
      return false;
    }
    bool has_triple = false;
    Status s = ParseNTriplesLine(line_, t, &has_triple);
    if (!s.ok()) {
      Location where{source_, line_no_, s.location().column};
      status_ = Status::ParseError(s.message(), where);
      return false;
    }
    if (has_triple) return true;
  }
}

void AppendEscapedIri(std::string* out, std::string_view iri) {
  for (char c : iri) {
    unsigned char uc = static_cast<unsigned char>(c);
    if (uc <= 0x20 || std::strchr("<>\"{}|^`\\", c) != nullptr) {
      AppendUEscape(out, uc);
    } else {
      out->push_back(c);
    }
  }
}

// RDF 1.2 canonical N-Triples: ECHAR for \b \t \n \f \r \" \\, UCHAR for other controls.
void AppendEscapedString(std::string* out, std::string_view s) {
  for (char c : s) {
    unsigned char uc = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        if (uc < 0x20 || uc == 0x7F) {
          AppendUEscape(out, uc);
        } else {
          out->push_back(c);
        }
    }
  }
}

std::string FormatTerm(const RdfTerm& term) {
  std::string out;
  switch (term.kind) {
    case RdfTerm::Kind::kIri:
      out.push_back('<');
      AppendEscapedIri(&out, term.value);
      out.push_back('>');
      break;
    case RdfTerm::Kind::kBlank:
      out = "_:" + term.value;
      break;
    case RdfTerm::Kind::kLiteral:
      out.push_back('"');
      AppendEscapedString(&out, term.value);
      out.push_back('"');
      if (!term.lang.empty()) {
        out += "@" + term.lang;
      } else if (!term.datatype.empty()) {
        out += "^^<";
        AppendEscapedIri(&out, term.datatype);
        out.push_back('>');
      }
      break;
  }
  return out;
}

}  // namespace kg::io
