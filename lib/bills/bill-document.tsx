import "server-only";
import { Document, Image, Page, StyleSheet, Text, View, type TextProps } from "@react-pdf/renderer";
import { createTranslator } from "next-intl";
import type { BillForPdf } from "./bill-for-pdf";
import { formatMoney, formatTaxRate } from "./money";
import { PDF_FONT_FAMILY } from "./pdf-fonts";
import { localName } from "@/components/appointments/names";
import { catalogues } from "@/lib/i18n/catalogues";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatLocalDate } from "@/lib/time/format";

function billPdfTranslator(locale: AppLocale) {
  return createTranslator({
    locale,
    messages: catalogues[locale],
    namespace: "billPdf",
    // A missing label fails the download rather than printing "billPdf.total".
    onError: (error) => {
      throw error;
    },
  });
}

type Style = TextProps["style"];

const INK = "#1f2937";
const MUTED = "#4b5563";
const RULE = "#d1d5db";
const MARK_COLOURS = { paid: "#15803d", void: "#b91c1c" } as const;

const styles = StyleSheet.create({
  // No lineHeight here: inherited, it keeps react-pdf from printing the
  // page-number footer (its render prop), as measured with 4.9.0.
  page: {
    fontFamily: PDF_FONT_FAMILY,
    fontSize: 10,
    color: INK,
    paddingTop: 48,
    paddingBottom: 64,
    paddingHorizontal: 54,
  },
  header: { flexDirection: "row", justifyContent: "space-between", marginBottom: 28 },
  clinicName: { fontSize: 14, fontWeight: 700, marginBottom: 4 },
  // 128 px stored, printed at 48 pt: sharp on paper, no taller than the heading block.
  logo: { height: 48, alignSelf: "flex-start", marginBottom: 8 },
  muted: { color: MUTED },
  headingBlock: { alignItems: "flex-end" },
  heading: { fontSize: 22, fontWeight: 700 },
  mark: {
    marginTop: 8,
    paddingVertical: 3,
    paddingHorizontal: 10,
    borderWidth: 2,
    borderRadius: 4,
    fontSize: 14,
    fontWeight: 700,
    letterSpacing: 1,
  },
  facts: { marginBottom: 24 },
  fact: { flexDirection: "row", marginBottom: 3 },
  factLabel: { width: 130, color: MUTED },
  factValue: { flex: 1 },
  row: { flexDirection: "row", paddingVertical: 5, borderBottomWidth: 1, borderColor: RULE },
  headRow: { borderBottomWidth: 1.5, borderColor: INK, fontWeight: 700 },
  description: { flex: 1, paddingRight: 12 },
  amount: { width: 100, textAlign: "right" },
  totals: { marginTop: 12, marginLeft: "auto", width: 260 },
  totalRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 3 },
  grandTotal: {
    marginTop: 4,
    paddingTop: 6,
    borderTopWidth: 1.5,
    borderColor: INK,
    fontSize: 12,
    fontWeight: 700,
  },
  note: { marginTop: 24, fontWeight: 700 },
  footer: {
    position: "absolute",
    bottom: 32,
    left: 54,
    right: 54,
    textAlign: "center",
    fontSize: 8,
    color: MUTED,
  },
});

// Inter's subsets have no narrow no-break space (U+202F: French typing before
// ":", and some locales' numbers and times): it would print as "/".
function Line({ style, children }: { style?: Style; children: string }) {
  return <Text style={style}>{children.replaceAll("\u202f", "\u00a0")}</Text>;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.fact}>
      <Line style={styles.factLabel}>{label}</Line>
      <Line style={styles.factValue}>{value}</Line>
    </View>
  );
}

function AmountRow({ label, amount, style }: { label: string; amount: string; style?: Style }) {
  return (
    <View style={style ? [styles.totalRow, style] : styles.totalRow} wrap={false}>
      <Line>{label}</Line>
      <Line>{amount}</Line>
    </View>
  );
}

/** The bill in the reader's language: clinic, facts, lines, totals, status. */
export function BillDocument({ bill, locale }: { bill: BillForPdf; locale: AppLocale }) {
  const t = billPdfTranslator(locale);
  const money = (cents: number) => formatMoney(cents, locale);
  const { clinic } = bill;
  const mark = bill.status === "unpaid" ? null : bill.status;
  const dueOn = formatLocalDate(bill.dueOn, locale);
  return (
    <Document
      title={t("documentTitle", { number: bill.number })}
      author={clinic.name}
      language={locale === "fr" ? "fr-CA" : "en-CA"}
    >
      <Page size="LETTER" style={styles.page}>
        <View style={styles.header}>
          <View>
            {bill.logo && (
              // react-pdf's Image is not an HTML <img>: it has no alt (the name is printed below).
              // eslint-disable-next-line jsx-a11y/alt-text
              <Image src={{ data: Buffer.from(bill.logo), format: "png" }} style={styles.logo} />
            )}
            <Line style={styles.clinicName}>{clinic.name}</Line>
            <Line>{clinic.addressLine}</Line>
            <Line>
              {t("cityLine", {
                city: clinic.city,
                province: clinic.province,
                postalCode: clinic.postalCode,
              })}
            </Line>
            <Line style={styles.muted}>{t("phone", { phone: clinic.phone })}</Line>
            <Line style={styles.muted}>{clinic.email}</Line>
          </View>
          <View style={styles.headingBlock}>
            <Line style={styles.heading}>{t("heading")}</Line>
            {mark && (
              <Line
                style={[
                  styles.mark,
                  { color: MARK_COLOURS[mark], borderColor: MARK_COLOURS[mark] },
                ]}
              >
                {t(mark === "paid" ? "paidMark" : "voidMark")}
              </Line>
            )}
          </View>
        </View>

        <View style={styles.facts}>
          <Fact label={t("number")} value={bill.number} />
          <Fact label={t("issuedOn")} value={formatLocalDate(bill.issuedOn, locale)} />
          <Fact label={t("dueOn")} value={dueOn} />
          <Fact label={t("billedTo")} value={bill.patientName} />
        </View>

        <View style={[styles.row, styles.headRow]}>
          <Line style={styles.description}>{t("description")}</Line>
          <Line style={styles.amount}>{t("amount")}</Line>
        </View>
        {bill.lines.map((line, i) => (
          <View key={i} style={styles.row} wrap={false}>
            <Line style={styles.description}>{line.description}</Line>
            <Line style={styles.amount}>{money(line.amountCents)}</Line>
          </View>
        ))}

        <View style={styles.totals} wrap={false}>
          <AmountRow label={t("subtotal")} amount={money(bill.subtotalCents)} />
          {bill.taxes.map((tax, i) => (
            <AmountRow
              key={i}
              label={t("tax", {
                name: localName(tax, locale),
                rate: formatTaxRate(tax.ratePpm, locale),
              })}
              amount={money(tax.amountCents)}
            />
          ))}
          <AmountRow label={t("total")} amount={money(bill.totalCents)} style={styles.grandTotal} />
        </View>

        <Line style={styles.note}>
          {bill.status === "unpaid"
            ? t("dueNote", { total: money(bill.totalCents), dueOn })
            : t(bill.status === "paid" ? "paidNote" : "voidNote")}
        </Line>

        <Text
          style={styles.footer}
          fixed
          // React-pdf lays the page out before it knows the page count.
          render={({ pageNumber, totalPages }) =>
            t("page", { page: pageNumber, pages: totalPages ?? pageNumber })
          }
        />
      </Page>
    </Document>
  );
}
