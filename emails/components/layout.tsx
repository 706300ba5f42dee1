import type { ReactNode } from "react";
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from "react-email";
import type { EmailContext } from "../i18n";

// Inline styles: most email clients drop <style> blocks and ignore classes.
const colors = {
  text: "#1f2937",
  muted: "#4b5563",
  accent: "#1d4ed8",
  border: "#d1d5db",
  page: "#f3f4f6",
};

const styles = {
  body: {
    backgroundColor: colors.page,
    color: colors.text,
    fontFamily: "Arial, Helvetica, sans-serif",
    margin: 0,
    padding: "24px 0",
  },
  container: {
    backgroundColor: "#ffffff",
    border: `1px solid ${colors.border}`,
    borderRadius: 8,
    maxWidth: 560,
    padding: 32,
  },
  clinic: { color: colors.muted, fontSize: 14, margin: "0 0 16px" },
  logo: { height: 48, width: "auto", margin: "0 0 16px" },
  heading: { fontSize: 24, lineHeight: "32px", margin: "0 0 16px" },
  text: { fontSize: 16, lineHeight: "26px", margin: "0 0 16px" },
  button: {
    borderRadius: 6,
    color: "#ffffff",
    display: "inline-block",
    fontSize: 17,
    fontWeight: 700,
    padding: "14px 24px",
    textDecoration: "none",
  },
  small: { color: colors.muted, fontSize: 14, lineHeight: "22px", margin: "0 0 12px" },
  link: { wordBreak: "break-all" as const },
  hr: { borderColor: colors.border, margin: "24px 0" },
  footer: { color: colors.muted, fontSize: 13, lineHeight: "20px", margin: "0 0 8px" },
};

type LayoutProps = {
  ctx: EmailContext;
  /** The inbox preview line. */
  preview: string;
  heading: string;
  children: ReactNode;
};

export function EmailLayout({ ctx, preview, heading, children }: LayoutProps) {
  const { t, locale, brand } = ctx;
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <title>{ctx.subject}</title>
        <meta name="color-scheme" content="light" />
      </Head>
      <Preview useTitleTag={false}>{preview}</Preview>
      <Body lang={locale} dir="ltr" style={styles.body}>
        <Container style={styles.container}>
          {brand.logoUrl ? (
            <Img src={brand.logoUrl} alt={brand.clinicName} height={48} style={styles.logo} />
          ) : null}
          <Text style={styles.clinic}>{t("layout.portal", { clinicName: brand.clinicName })}</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          {children}
          <Hr style={styles.hr} />
          <Text style={styles.footer}>
            {t("layout.automated", { clinicName: brand.clinicName })}
          </Text>
          {brand.clinicPhone ? (
            <Text style={styles.footer}>{t("layout.contact", { phone: brand.clinicPhone })}</Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children, small = false }: { children: ReactNode; small?: boolean }) {
  return <Text style={small ? styles.small : styles.text}>{children}</Text>;
}

/** The call to action, followed by the bare address for clients that break buttons. */
export function ActionLink({
  ctx,
  href,
  label,
}: {
  ctx: EmailContext;
  href: string;
  label: string;
}) {
  const accent = ctx.brand.color ?? colors.accent;
  return (
    <>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={href} style={{ ...styles.button, backgroundColor: accent }}>
          {label}
        </Button>
      </Section>
      <Text style={styles.small}>{ctx.t("layout.linkFallback")}</Text>
      <Text style={styles.small}>
        <Link href={href} style={{ ...styles.link, color: accent }}>
          {href}
        </Link>
      </Text>
    </>
  );
}
