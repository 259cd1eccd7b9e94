package dev.allot.graph.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.graph.odata.FilterExpression.Comparison;

class FilterParserTest {

    private static final String HELP = "Supported: the test's list.";
    private static final String GUID = "6fd2c87f-b296-42f0-b197-1e91e994b900";

    // ---- what it understands

    @Test
    void a_comparison_names_the_property_the_operator_and_the_value() {
        assertThat(parsed("displayName eq 'Adele Vance'")).isEqualTo("eq(displayName,\"Adele Vance\")");
        assertThat(parsed("mail ne 'adele@contoso.com'")).isEqualTo("ne(mail,\"adele@contoso.com\")");
    }

    @Test
    void every_comparison_operator_is_parsed_so_that_a_refusal_can_name_it() {
        assertThat(parsed("a gt 'x' or a ge 'x' or a lt 'x' or a le 'x'"))
                .isEqualTo("or(or(or(gt(a,\"x\"),ge(a,\"x\")),lt(a,\"x\")),le(a,\"x\"))");
    }

    @Test
    void doubled_quotes_in_a_string_stand_for_one_quote() {
        assertThat(parsed("surname eq 'O''Brien'")).isEqualTo("eq(surname,\"O'Brien\")");
        assertThat(parsed("surname eq ''''")).isEqualTo("eq(surname,\"'\")");
        assertThat(parsed("surname eq ''")).isEqualTo("eq(surname,\"\")");
    }

    @Test
    void true_false_and_null_are_literals_in_any_case() {
        assertThat(parsed("accountEnabled eq true")).isEqualTo("eq(accountEnabled,BOOLEAN:true)");
        assertThat(parsed("accountEnabled eq FALSE")).isEqualTo("eq(accountEnabled,BOOLEAN:false)");
        assertThat(parsed("mail eq Null")).isEqualTo("eq(mail,NULL:null)");
    }

    @Test
    void a_bare_guid_is_a_guid_literal_even_when_it_starts_with_a_letter() {
        assertThat(parsed("id eq " + GUID)).isEqualTo("eq(id,GUID:" + GUID + ")");
        assertThat(parsed("id eq fabcdef0-0000-4000-8000-000000000001")).isEqualTo("eq(id,GUID:fabcdef0-0000-4000-8000-000000000001)");
    }

    @Test
    void a_whole_number_is_an_integer_literal() {
        assertThat(parsed("assignedLicenses/$count eq 0")).isEqualTo("eq(assignedLicenses/$count,INTEGER:0)");
    }

    @Test
    void and_binds_tighter_than_or() {
        assertThat(parsed("a eq ' 1' or b eq '2' and c eq '3'")).isEqualTo("or(eq(a,\" 1\"),and(eq(b,\"2\"),eq(c,\"3\")))");
    }

    @Test
    void parentheses_group_conditions() {
        assertThat(parsed("(a eq '1' or b eq '2') and c eq '3'")).isEqualTo("and(or(eq(a,\"1\"),eq(b,\"2\")),eq(c,\"3\"))");
        assertThat(parsed("((a eq '1'))")).isEqualTo("eq(a,\"1\")");
    }

    @Test
    void not_negates_the_condition_that_follows() {
        assertThat(parsed("not(a eq '1')")).isEqualTo("not(eq(a,\"1\"))");
        assertThat(parsed("not startswith(a,'x') and b eq '2'")).isEqualTo("and(not(startswith(a,\"x\")),eq(b,\"2\"))");
        assertThat(parsed("not not a eq '1'")).isEqualTo("not(not(eq(a,\"1\")))");
    }

    @Test
    void keywords_and_function_names_are_read_in_any_case_as_graph_does() {
        assertThat(parsed("startsWith(displayName,'Ad') AND a EQ '1' Or NOT b Ne '2'"))
                .isEqualTo("or(and(startswith(displayName,\"Ad\"),eq(a,\"1\")),not(ne(b,\"2\")))");
    }

    @Test
    void startswith_takes_a_property_and_a_text() {
        assertThat(parsed("startswith( userPrincipalName , 'adele' )")).isEqualTo("startswith(userPrincipalName,\"adele\")");
    }

    @Test
    void in_takes_a_list_of_values() {
        assertThat(parsed("usageLocation in ('US','GB', 'RO')")).isEqualTo("in(usageLocation,\"US\",\"GB\",\"RO\")");
        assertThat(parsed("department in ('Sales')")).isEqualTo("in(department,\"Sales\")");
    }

    @Test
    void an_any_lambda_holds_its_variable_and_condition() {
        assertThat(parsed("assignedLicenses/any(x:x/skuId eq " + GUID + ")"))
                .isEqualTo("any(assignedLicenses,x,eq(x/skuId,GUID:" + GUID + "))");
        assertThat(parsed("assignedLicenses/any( s : s/skuId eq '" + GUID + "' )"))
                .isEqualTo("any(assignedLicenses,s,eq(s/skuId,\"" + GUID + "\"))");
    }

    @Test
    void nodes_remember_where_they_were_written() {
        Comparison comparison = (Comparison) FilterParser.parse("  mail eq 'x'", HELP);

        assertThat(comparison.property().position()).isEqualTo(3);
        assertThat(comparison.position()).isEqualTo(8);
        assertThat(comparison.value().position()).isEqualTo(11);
    }

    // ---- limits

    @Test
    void a_filter_of_2000_characters_is_read_and_a_longer_one_is_refused() {
        String value = "x".repeat(FilterParser.MAX_LENGTH - "a eq ''".length());
        assertThat(parsed("a eq '" + value + "'")).isEqualTo("eq(a,\"" + value + "\")");

        assertRefused("a eq '" + value + "x'", ErrorCode.BAD_REQUEST, "it is 2001 characters long; at most 2000 are allowed");
    }

    @Test
    void a_filter_may_nest_32_levels_but_not_33() {
        assertThat(parsed("(".repeat(32) + "a eq '1'" + ")".repeat(32))).isEqualTo("eq(a,\"1\")");

        assertRefused("(".repeat(33) + "a eq '1'" + ")".repeat(33), ErrorCode.BAD_REQUEST,
                "the filter nests more than 32 levels deep at position 33");
        assertRefused("not ".repeat(33) + "a eq '1'", ErrorCode.BAD_REQUEST, "nests more than 32 levels deep at position 129");
    }

    @Test
    void a_filter_may_compare_50_values_but_not_51() {
        assertThat(parsed("a in (" + values(50) + ")")).startsWith("in(a,\"v1\",");

        assertRefused("a in (" + values(51) + ")", ErrorCode.BAD_REQUEST, "the filter compares more than 50 values; value 51 is here");
        assertRefused("a eq '1'" + " or a eq '1'".repeat(50), ErrorCode.BAD_REQUEST, "more than 50 values");
    }

    // ---- what it refuses, and how it says so

    @Test
    void an_empty_filter_is_refused() {
        assertRefused("  ", ErrorCode.BAD_REQUEST, "Invalid $filter: the filter is empty at position 1.");
    }

    @Test
    void endswith_is_refused_as_unsupported_and_the_message_says_what_is() {
        assertRefused("endswith(mail,'@contoso.com')", ErrorCode.UNSUPPORTED_QUERY,
                "Unsupported $filter: function 'endswith()' at position 1. " + HELP);
    }

    @Test
    void any_other_function_is_refused_as_unsupported() {
        assertRefused("a eq '1' and contains(displayName,'x')", ErrorCode.UNSUPPORTED_QUERY, "function 'contains()' at position 14");
    }

    @Test
    void arithmetic_and_has_operators_are_refused_as_unsupported() {
        assertRefused("a has 'x'", ErrorCode.UNSUPPORTED_QUERY, "Unsupported $filter: operator 'has' at position 3");
        assertRefused("a add 1 eq 2", ErrorCode.UNSUPPORTED_QUERY, "operator 'add' at position 3");
    }

    @Test
    void the_all_lambda_and_an_empty_any_are_refused_as_unsupported() {
        assertRefused("assignedLicenses/all(x:x/skuId eq " + GUID + ")", ErrorCode.UNSUPPORTED_QUERY, "the lambda operator 'all' at position 18");
        assertRefused("assignedLicenses/any()", ErrorCode.UNSUPPORTED_QUERY, "any() without a condition at position 21");
    }

    @Test
    void dollar_names_other_than_count_are_refused_as_unsupported() {
        assertRefused("$it eq 'x'", ErrorCode.UNSUPPORTED_QUERY, "'$it' at position 1");
        assertRefused("assignedLicenses/$count/x eq 0", ErrorCode.BAD_REQUEST, "nothing may follow $count at position 25");
    }

    @Test
    void a_string_that_is_not_closed_is_refused_where_it_starts() {
        assertRefused("displayName eq 'Adele", ErrorCode.BAD_REQUEST,
                "Invalid $filter: the string starting here is not closed with a quote (') at position 16. " + HELP);
    }

    @Test
    void a_character_without_meaning_is_refused_where_it_is() {
        assertRefused("displayName eq \"Adele\"", ErrorCode.BAD_REQUEST, "unexpected character '\"' at position 16");
        assertRefused("a eq '1'; drop table tenant", ErrorCode.BAD_REQUEST, "unexpected character ';' at position 9");
        assertRefused("a eq -1", ErrorCode.BAD_REQUEST, "unexpected character '-' at position 6");
    }

    @Test
    void a_number_run_together_with_letters_is_refused() {
        assertRefused("a eq 12abc", ErrorCode.BAD_REQUEST, "'12abc' is neither a number nor a GUID at position 6");
        assertRefused("a eq 12345678901234567890", ErrorCode.BAD_REQUEST, "the number 12345678901234567890 is too large at position 6");
    }

    @Test
    void an_unclosed_parenthesis_is_refused_naming_the_one_opened() {
        assertRefused("(a eq '1' or b eq '2'", ErrorCode.BAD_REQUEST,
                "expected ')' to close the '(' at position 1, found the end of the filter at position 22");
    }

    @Test
    void text_after_a_complete_filter_is_refused() {
        assertRefused("a eq '1' b eq '2'", ErrorCode.BAD_REQUEST, "expected 'and', 'or' or the end of the filter, found 'b' at position 10");
        assertRefused("a eq '1')", ErrorCode.BAD_REQUEST, "found ')' at position 9");
    }

    @Test
    void a_value_on_the_left_is_refused_with_the_right_order_shown() {
        assertRefused("'Adele' eq displayName", ErrorCode.BAD_REQUEST,
                "expected a property name, found the value ''Adele'' (write the property first, as in displayName eq 'Adele') at position 1");
    }

    @Test
    void a_keyword_where_a_condition_belongs_is_refused() {
        assertRefused("and a eq '1'", ErrorCode.BAD_REQUEST, "expected a condition, found 'and' at position 1");
        assertRefused("a eq '1' or", ErrorCode.BAD_REQUEST, "expected a condition, found the end of the filter at position 12");
    }

    @Test
    void a_missing_operator_or_value_is_refused() {
        assertRefused("displayName 'Adele'", ErrorCode.BAD_REQUEST,
                "expected an operator such as eq, ne or in after 'displayName', found ''Adele'' at position 13");
        assertRefused("displayName eq", ErrorCode.BAD_REQUEST,
                "expected a value ('text', true, false, null, a GUID or a number), found the end of the filter at position 15");
        assertRefused("displayName eq surname", ErrorCode.BAD_REQUEST, "expected a value ('text', true, false, null, a GUID or a number), found 'surname'");
    }

    @Test
    void a_malformed_in_list_is_refused() {
        assertRefused("a in ()", ErrorCode.BAD_REQUEST, "expected a value ('text', true, false, null, a GUID or a number), found ')' at position 7");
        assertRefused("a in 'x'", ErrorCode.BAD_REQUEST, "expected '(' and a list of values after 'in', found ''x'' at position 6");
        assertRefused("a in ('x' 'y')", ErrorCode.BAD_REQUEST, "expected ',' or ')' to close the list opened at position 6, found ''y''");
    }

    @Test
    void a_malformed_startswith_is_refused() {
        assertRefused("startswith(displayName)", ErrorCode.BAD_REQUEST,
                "expected ',' between the property and the text startswith() looks for, found ')' at position 23");
        assertRefused("startswith('Ad',displayName)", ErrorCode.BAD_REQUEST, "expected a property name, found ''Ad'' at position 12");
    }

    @Test
    void a_malformed_lambda_is_refused() {
        assertRefused("assignedLicenses/any(x x/skuId eq " + GUID + ")", ErrorCode.BAD_REQUEST,
                "expected ':' after the lambda variable 'x', found 'x' at position 24");
        assertRefused("assignedLicenses/any(x:x/skuId eq " + GUID, ErrorCode.BAD_REQUEST, "expected ')' to close the any( at position 21");
    }

    private static String parsed(String filter) {
        return FilterPrinter.print(FilterParser.parse(filter, HELP));
    }

    private static void assertRefused(String filter, ErrorCode code, String message) {
        assertThatThrownBy(() -> FilterParser.parse(filter, HELP))
                .isInstanceOf(AllotException.class)
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(code))
                .hasMessageContaining(message)
                .hasMessageEndingWith(code == ErrorCode.BAD_REQUEST && message.contains("characters long") ? "." : HELP);
    }

    private static String values(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append(i == 1 ? "" : ",").append("'v").append(i).append('\'');
        }
        return out.toString();
    }
}
