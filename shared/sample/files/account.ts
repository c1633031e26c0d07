// Runtime: any. Account records: registration, e-mail addresses, phone numbers, receipts,
// identity verifications and the identity documents the member uploaded.

import { documentationIpv4 } from '../addresses';
import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoDay, startOfDay, usPaddedComma, usPaddedUtc, usShortComma } from '../dateShapes';
import { uniformTime } from '../timeline';

/** 2018 names the columns differently and adds who invited the member. */
export function buildRegistration(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const ip = documentationIpv4(world.random('registration'));
  const when = usShortComma(world.registeredMs);
  if (world.era === 2018) {
    const header = ['Registration Date', 'Registration IP Address', 'Invited by (First Name)', 'Invited by (Last Name)', 'Subscription Types'];
    return [csvFile(world, { base: 'Registration', header, rows: [[when, ip, '', '', 'Basic']], itemDates: [world.registeredMs] })];
  }
  const header = ['Registered At', 'Registration Ip', 'Subscription Types'];
  return [csvFile(world, { base: 'Registration', header, rows: [[when, ip, 'Basic']], itemDates: [world.registeredMs] })];
}

export function buildEmailAddresses(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('email-addresses');
  const dates = world.member.emails.map(() => uniformTime(rng, world.registeredMs, world.exportMs - 86_400_000));
  const rows = world.member.emails.map((email, i) => [email, 'Yes', i === 0 ? 'Yes' : 'No', usShortComma(dates[i]!)]);
  for (const email of world.member.emails) ctx.sensitive.add(email);
  const header = ['Email Address', 'Confirmed', 'Primary', 'Updated On'];
  return [csvFile(world, { base: 'Email Addresses', header, rows, itemDates: dates })];
}

/** Numbers are written with a leading space, as LinkedIn does. */
export function buildPhoneNumbers(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  ctx.sensitive.add(world.member.phone);
  return [csvFile(world, { base: 'PhoneNumbers', header: ['Extension', 'Number', 'Type'], rows: [['', ` ${world.member.phone}`, 'Mobile']], itemDates: [] })];
}

export function buildWhatsappPhoneNumbers(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rows = [[` ${world.member.phone}`, '', 'true']];
  return [csvFile(world, { base: 'Whatsapp Phone Numbers', header: ['Number', 'Extension', 'Is_WhatsApp_Number'], rows, itemDates: [] })];
}

const RECEIPTS_HEADER = [
  'First Name', 'Last Name', 'Billing Country', 'Postal Code', 'Transaction Made At', 'Payment Method Type', 'Invoice Number',
  'Description', 'Tax Amount', 'Sub Total', 'Total Amount', 'Currency Code',
];

/**
 * Monthly Premium receipts, newest first: `Receipts.csv` dated `MM/DD/YY, hh:mm PM` to 2022,
 * `Receipts_v2.csv` dated `MM/DD/YY hh:mm PM UTC` after.
 */
export function buildReceipts(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('receipts');
  const m = world.member;
  const last = new Date(world.exportMs - 10 * 86_400_000);
  const dates: number[] = [];
  for (let i = 0; i < world.size.receipts; i++) {
    dates.push(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - i, 3, 14, rng.int(0, 59), rng.int(0, 59)));
  }
  const v1 = world.era <= 2022;
  const rows = dates.map((ms) => [m.first, m.last, 'US', m.zipCode, v1 ? usPaddedComma(ms) : usPaddedUtc(ms), 'VISA', `INV-${rng.digits(9)}`, 'Premium Career (monthly)', '2.40', '39.99', '42.39', 'USD']);
  return [csvFile(world, { base: v1 ? 'Receipts' : 'Receipts_v2', header: RECEIPTS_HEADER, rows, itemDates: dates })];
}

/** Only the first four names are documented; the rest of the 15 are this generator's guess. */
const VERIFICATIONS_HEADER = [
  'First name', 'Middle name', 'Last name', 'Verification type', 'Issuing authority', 'Document type',
  'Verification service provider', 'Verified date', 'Expiry date', 'Year of birth', 'Country', 'Organization name',
  'Organization email', 'Verification status', 'Last updated',
];

/** Most cells are `N/A`. */
export function buildVerifications(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('verifications');
  const m = world.member;
  const verified = uniformTime(rng, world.exportMs - 400 * 86_400_000, world.exportMs - 10 * 86_400_000);
  const workplace = uniformTime(rng, world.exportMs - 300 * 86_400_000, world.exportMs - 5 * 86_400_000);
  const rows = [
    [m.first, 'N/A', m.last, 'Identity', 'N/A', 'Passport', 'Verifier (invented)', isoDay(verified), 'N/A', 'N/A', 'US', 'N/A', 'N/A', 'VERIFIED', isoDay(verified)],
    [m.first, 'N/A', m.last, 'Workplace', 'N/A', 'N/A', 'N/A', isoDay(workplace), 'N/A', 'N/A', 'N/A', m.company, m.emails[0]!, 'VERIFIED', isoDay(workplace)],
  ];
  return [csvFile(world, { base: 'Verifications', folder: 'Verifications/', header: VERIFICATIONS_HEADER, rows, itemDates: [startOfDay(verified), startOfDay(workplace)] })];
}

export function buildPrivateIdentityAsset(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const m = world.member;
  const job = world.positions[0]!;
  const text = [`${m.full}`, `${m.emails[0]!} · ${m.phone}`, '', `${job.title}, ${job.company}`, job.description].join('\n');
  const rows = [[`Resume_${m.first}_${m.last}.pdf`, text]];
  const header = ['Private Identity Asset Name', 'Private Identity Asset Raw Text'];
  return [csvFile(world, { base: 'Private_identity_asset', header, rows, itemDates: [] })];
}
