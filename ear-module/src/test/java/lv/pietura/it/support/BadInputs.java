package lv.pietura.it.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The corpus of inputs a public service must survive, as text: identifiers valid and not, empty and very long
 * strings, every control character, right-to-left and combining text, script, markup and expression fragments,
 * SQL, numbers and dates out of range, file names that climb directories, format strings. Every script fragment
 * that would run sets {@code window.__pwned}, so a browser can tell.
 */
public final class BadInputs {

    /** What a script fragment that ran would have set. */
    public static final String PWNED = "__pwned";

    private BadInputs() {}

    public static List<String> corpus() {
        Set<String> inputs = new LinkedHashSet<>();
        // identifiers: valid, checksum off by one, impossible dates, new format, lengths and separators
        for (String code : List.of(
                "010190-12349",
                "01019012349",
                "010190-12348",
                "320000-00000",
                "329999-99999",
                "310200-12345",
                "000000-00000",
                "999999-99999",
                "010190-1234",
                "010190-123499",
                "0101901234X",
                "010190–12349",
                "01.01.90-12349",
                " 010190-12349 ",
                "010190 12349",
                "-12349",
                "010190-",
                "40003521600",
                "40003521601",
                "90001733697",
                "90001733698",
                "4000352160",
                "400035216000",
                "_DEFAULT@40003521600",
                "_DEFAULT@4000352160X",
                "_default@40003521600",
                "_DEFAULT@",
                "@",
                "_DEFAULT@../..")) {
            inputs.add(code);
        }
        // a real birth date with every last digit (one of them the valid checksum), in each century's form
        for (int last = 0; last <= 9; last++) {
            inputs.add("150385-1012" + last);
            inputs.add("150385-0012" + last);
            inputs.add("150385-2012" + last);
            inputs.add("4000352160" + last);
            inputs.add("9000173369" + last);
        }
        // lengths
        inputs.add("");
        inputs.add(" ");
        inputs.add("\t \n ");
        inputs.add("a");
        for (int length : new int[] {
            63, 64, 65, 199, 200, 201, 254, 255, 256, 299, 300, 301, 1999, 2000, 2001, 19_999, 20_000, 20_001, 100_000
        }) {
            inputs.add("x".repeat(length));
            inputs.add(("vārds " + "ā".repeat(9)).repeat(length / 15 + 1).substring(0, length));
        }
        // every control character, alone and inside text
        for (char c = 0; c < 0x20; c++) {
            inputs.add(String.valueOf(c));
            inputs.add("sākums" + c + "beigas");
        }
        for (String c : List.of(
                "\u007f",
                "\u0085",
                "\u00a0",
                "\u2028",
                "\u2029",
                "\ufeff",
                "\ufffe",
                "\uffff",
                "\ud800",
                "\udc00",
                "\ud83d",
                "a\ud800b",
                "\u200b",
                "\u200d",
                "\u2060")) {
            inputs.add(c);
            inputs.add("teksts" + c + "teksts");
        }
        // right-to-left, combining, scripts and symbols
        for (String text : List.of(
                "\u202eaibtaL",
                "\u202dLatvija\u202c",
                "שלום עולם",
                "مرحبا بالعالم",
                "Ā̈̈̈̈̈ā̤̤̤̤",
                "e\u0301\u0301\u0301\u0301\u0301\u0301",
                "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
                "𝔏𝔞𝔱𝔳𝔦𝔧𝔞",
                "👨‍👩‍👧‍👦",
                "🇱🇻",
                "😀".repeat(300),
                "Ōšlo ĢĶĻŅ ŗūžč",
                "ﬁ",
                "Å",
                "Å",
                "İ",
                "ß",
                "ǅ",
                "\u0130stanbul",
                "日本語テキスト",
                "한국어",
                "ༀ",
                "𠜎")) {
            inputs.add(text);
        }
        // script, markup and expressions
        for (String script : List.of(
                "<script>window." + PWNED + "=1</script>",
                "<img src=x onerror=\"window." + PWNED + "=1\">",
                "\"><img src=x onerror=window." + PWNED + "=1>",
                "'><svg onload=window." + PWNED + "=1>",
                "<svg><script>window." + PWNED + "=1</script></svg>",
                "javascript:window." + PWNED + "=1",
                "<a href=\"javascript:window." + PWNED + "=1\">x</a>",
                "<iframe src=\"javascript:window." + PWNED + "=1\">",
                "<body onload=window." + PWNED + "=1>",
                "<details open ontoggle=window." + PWNED + "=1>",
                "<math><mtext><script>window." + PWNED + "=1</script>",
                "</textarea><script>window." + PWNED + "=1</script>",
                "</title><script>window." + PWNED + "=1</script>",
                "<style>*{display:none}</style>",
                "<b>treknraksts</b>",
                "<!--",
                "-->",
                "<![CDATA[x]]>",
                "]]>",
                "&lt;script&gt;",
                "&amp;&#x27;&#39;",
                "&#0;",
                "%3Cscript%3E",
                "\\u003cscript\\u003e",
                "#{7*7}",
                "${7*7}",
                "#{facesContext.externalContext.sessionMap}",
                "#{request.getSession().invalidate()}",
                "{{7*7}}",
                "<%= 7*7 %>",
                "${jndi:ldap://127.0.0.1/x}",
                "@import 'x';",
                "expression(alert(1))",
                "\" onmouseover=\"window." + PWNED + "=1",
                "' onfocus='window." + PWNED + "=1' autofocus='",
                "<input autofocus onfocus=window." + PWNED + "=1>",
                "<marquee onstart=window." + PWNED + "=1>",
                "<video><source onerror=window." + PWNED + "=1>",
                "<object data=\"data:text/html,<script>1</script>\">",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<form action=https://evil.example>",
                "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=window." + PWNED
                        + "=1 )//%0D%0A%0d%0a//</stYle/</titLe/"
                        + "</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=window." + PWNED + "=1//>\\x3e",
                "<scr<script>ipt>window." + PWNED + "=1</scr</script>ipt>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=\"x\" onerror=\"&#119;indow." + PWNED + "=1\">",
                "<a href=\"&#106;avascript:window." + PWNED + "=1\">x</a>",
                "<svg/onload=window." + PWNED + "=1>",
                "<img src=x:x onerror=window." + PWNED + "=1//",
                "<div style=\"background:url(javascript:window." + PWNED + "=1)\">",
                "<link rel=import href=//evil.example>",
                "<embed src=\"javascript:window." + PWNED + "=1\">",
                "<table background=\"javascript:1\">",
                "';window." + PWNED + "=1;//",
                "\";window." + PWNED + "=1;//",
                "</script><script>window." + PWNED + "=1</script>",
                "{{constructor.constructor('window." + PWNED + "=1')()}}",
                "#{''.getClass().forName('java.lang.Runtime')}")) {
            inputs.add(script);
        }
        // SQL, LIKE patterns and escapes
        for (String sql : List.of(
                "' OR '1'='1",
                "' OR 1=1 --",
                "'; DROP TABLE audit_event; --",
                "\"; DROP TABLE x; --",
                "1; SELECT pg_sleep(5)",
                "') OR ('a'='a",
                "%",
                "_",
                "%%",
                "%_%",
                "!",
                "!%",
                "\\",
                "\\\\",
                "'",
                "''",
                "\"",
                "`",
                "´",
                "’",
                "‘",
                "1' UNION SELECT password_hash FROM staff_account --",
                "admin'--",
                "*",
                "?",
                ";",
                "null",
                "NULL",
                "undefined",
                "true",
                "false",
                "[]",
                "{}",
                "{\"a\":1}",
                "0x00",
                "\\x00",
                "\\0")) {
            inputs.add(sql);
        }
        // numbers, money, dates
        for (String number : List.of(
                "0",
                "-0",
                "-1",
                "1",
                "00",
                "007",
                "2147483647",
                "2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "99999999999999999999999999",
                "1e309",
                "-1e309",
                "NaN",
                "Infinity",
                "-Infinity",
                "0.1",
                "1,5",
                "1.000,50",
                "1 000",
                "٣",
                "½",
                "Ⅻ",
                "1e3",
                "+1",
                "--1",
                "31.02.2026",
                "29.02.2025",
                "00.00.0000",
                "2026-13-01",
                "2026-12-32",
                "32.12.2026",
                "1.1.1",
                "01.01.0001",
                "31.12.9999",
                "01.01.10000",
                "9999-12-31T23:59:59Z",
                "2026-02-30",
                "yesterday",
                "šodien",
                "12:60",
                "25:00",
                "EUR 10",
                "10 €",
                "€10,00",
                "-10,00",
                "0,001",
                "LV80BANK0000435195001",
                "LV80 BANK 0000 4351 9500 1",
                "LV00BANK0000000000000")) {
            inputs.add(number);
        }
        // names and addresses of the world
        for (String name : List.of(
                "../../etc/passwd",
                "..\\..\\windows\\win.ini",
                "/etc/passwd",
                "C:\\boot.ini",
                "CON",
                "aux.pdf",
                "nul",
                "LPT1.docx",
                ".htaccess",
                "..",
                ".",
                "~",
                "~root",
                "file:///etc/passwd",
                "iesniegums.pdf.exe",
                "iesniegums.pdf\u0000.exe",
                "a/b/c.pdf",
                "a\\b\\c.pdf",
                "\"quoted\".pdf",
                "very long name " + "x".repeat(300) + ".pdf",
                "iesniegums.PDF",
                ".pdf",
                "pdf",
                "name with spaces.pdf",
                "mailto:x@example.lv",
                "x@example.lv",
                "x@",
                "@example.lv",
                "x@@example.lv",
                "x@example",
                "x\u0000@example.lv",
                "\"x\"@example.lv",
                "x@[127.0.0.1]",
                "https://evil.example/",
                "//evil.example",
                "http://127.0.0.1:9990/management",
                "+371 20000000",
                "+371",
                "0037120000000",
                "(+371) 2000-0000")) {
            inputs.add(name);
        }
        // format strings and message patterns
        for (String format : List.of(
                "%s%s%s%s%s",
                "%n%n%n",
                "%x",
                "%d",
                "{0}",
                "{0,number}",
                "'{'",
                "{",
                "}",
                "'",
                "{{}}",
                "%(name)s",
                "$1",
                "\\1",
                "\\n",
                "\\r\\n",
                "\r\n",
                "\n\n\n")) {
            inputs.add(format);
        }
        List<String> corpus = new ArrayList<>(inputs);
        // and the same again, trimmed away by nobody: with spaces around
        for (String input : new ArrayList<>(corpus).subList(0, 80)) {
            corpus.add("  " + input + "  ");
        }
        return List.copyOf(new LinkedHashSet<>(corpus));
    }

    /** The corpus's script fragments, which a browser must never run. */
    public static List<String> scripts() {
        return corpus().stream()
                .filter(s -> s.contains(PWNED) || s.contains("<script") || s.contains("#{") || s.contains("${"))
                .toList();
    }

    /**
     * An input as a failure line shows it: control characters and lone surrogates as dots, cut after {@code max}
     * characters, never inside one (a cut surrogate pair made the test report's XML end the line there).
     */
    public static String shown(String text, int max) {
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Cs}]", "·");
        return clean.codePointCount(0, clean.length()) > max
                ? clean.substring(0, clean.offsetByCodePoints(0, max)) + "…"
                : clean;
    }
}
