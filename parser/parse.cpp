// Runs the grammar with the error handler and the vocabulary in its context; converts X3's
// outcome into Result<ast::Query>. X3 exceptions stop here.
#include "parser/parse.h"

#include <algorithm>
#include <cctype>

#include "parser/config.h"
#include "parser/grammar.h"

namespace kg::parser {

namespace {

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// An opening double quote or IRI bracket that is never closed: the likeliest reason a query
// did not parse, so it is named as such, at the opening. (Single quotes are left alone: an
// apostrophe in a question is not a quote.) Returns the offset, or npos.
size_t FindUnterminated(const std::string& in, std::string* what) {
  static const std::string kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '"') {
      size_t j = i + 1;
      while (j < in.size() && in[j] != '"') j += in[j] == '\\' ? 2 : 1;
      if (j >= in.size()) {
        *what = "unterminated quote: the \" opened here is never closed";
        return i;
      }
      i = j;
    } else if (in.compare(i, kOpen.size(), kOpen) == 0) {
      size_t j = in.find(kClose, i + kOpen.size());
      if (j == std::string::npos) {
        *what = "unterminated quote: the \xE2\x80\x9C opened here is never closed";
        return i;
      }
      i = j + kClose.size() - 1;
    } else if (in[i] == '<' && i + 1 < in.size() &&
               std::isalpha(static_cast<unsigned char>(in[i + 1]))) {
      // `<http://...` opens an IRI; `?a < 5` and `?a <5` compare.
      size_t j = in.find_first_of("> \t\r\n", i + 1);
      if (j == std::string::npos || in[j] != '>') {
        *what = "unterminated IRI: the < opened here has no closing >";
        return i;
      }
      i = j;
    }
  }
  return std::string::npos;
}

}  // namespace

Parser::Parser(const Vocabulary& vocabulary) : tables_(std::make_unique<VocabTables>()) {
  for (const auto& [surface, base] : vocabulary.verbs) tables_->verbs.add(Lower(surface), base);
  for (const auto& [surface, base] : vocabulary.nouns) tables_->nouns.add(Lower(surface), base);
  for (const auto& stem : vocabulary.korean_stems) tables_->korean_stems.add(stem, stem);
}

Parser::~Parser() = default;

Result<ast::Query> Parser::Parse(std::string_view text, const std::string& source) const {
  std::string input(text);
  // Checked before parsing: a bare name may swallow an opening curly quote.
  std::string unterminated;
  size_t open_at = FindUnterminated(input, &unterminated);
  if (open_at != std::string::npos) {
    Location where;
    where.file = source;
    where.offset = static_cast<int64_t>(open_at);
    kg::LineColumn(input, open_at, &where.line, &where.column);
    return Status::ParseError(unterminated, where);
  }
  iterator_type first = input.begin();
  const iterator_type last = input.end();
  error_handler_type handler(input.begin());
  ast::Query query;
  bool ok = false;
  std::string internal_error;
  try {
    auto const parser = x3::with<x3::error_handler_tag>(std::ref(handler))[x3::with<vocab_tag>(
        std::cref(*tables_))[QueryRule()]];
    ok = x3::phrase_parse(first, last, parser, x3::ascii::space, query);
  } catch (const x3::expectation_failure<iterator_type>& e) {
    handler.Fail(e.where(), e.which());
  } catch (const std::exception& e) {
    internal_error = e.what();
  }
  if (ok && first == last && !handler.failed()) return query;

  size_t offset;
  std::string message;
  if (handler.failed()) {
    offset = static_cast<size_t>(handler.offset());
    message = "expected " + handler.expected();
  } else {
    offset = static_cast<size_t>(first - input.begin());
    message = internal_error.empty()
                  ? "expected a question, a pattern (subject relation object) or a path"
                  : internal_error;
  }
  // Point at the next word, not at the space before it.
  while (offset < input.size() && std::isspace(static_cast<unsigned char>(input[offset]))) {
    ++offset;
  }
  if (offset >= input.size()) {
    message += " at the end of the query";
  } else {
    // Show the word found there.
    size_t end = offset;
    while (end < input.size() && !std::isspace(static_cast<unsigned char>(input[end])) &&
           end - offset < 24) {
      ++end;
    }
    message += ", found '" + input.substr(offset, end - offset) + "'";
  }
  Location where;
  where.file = source;
  where.offset = static_cast<int64_t>(offset);
  kg::LineColumn(input, offset, &where.line, &where.column);
  return Status::ParseError(message, where);
}

}  // namespace kg::parser
