import { test, expect } from '@playwright/test';
import { searchTitles } from '../support/search';

test('home page is in Chinese and links to the first chapter', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/销售经理培训教程/);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  await page.getByRole('link', { name: '开始阅读' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('欢迎与课程定位');
});

test('home page: one course title, every card icon drawn, 学习进度 and 知识自测 one step away', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('销售经理培训教程');
  const icons = page.locator('.card .icon');
  await expect(icons).toHaveCount(4);
  for (const icon of await icons.all()) {
    // An icon name Starlight does not know draws an empty <svg>.
    expect(await icon.innerHTML()).toMatch(/<path/);
  }
  await expect(page.getByRole('link', { name: '知识自测' })).toHaveCount(12);
  await page.getByRole('link', { name: '学习进度' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习进度');
});

test('a chapter title names the chapter, then the course', async ({ page }) => {
  await page.goto('/role/role/');
  await expect(page).toHaveTitle('销售经理角色认知 | 销售经理培训教程');
});

test('chapter shows its learning objectives and reading time', async ({ page }) => {
  await page.goto('/role/role/');
  const objectives = page.getByRole('region', { name: '学习目标' });
  await expect(objectives.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText(/阅读约 \d+ 分钟/)).toBeVisible();
});

test('Starlight UI strings are Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/role/role/');
  const sidebar = page.getByRole('navigation', { name: '主要' });
  await expect(sidebar.getByRole('link', { name: '销售经理角色认知' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { name: '本页内容' })).toBeVisible();
  await page.getByRole('button', { name: /^搜索/ }).click();
  await expect(page.getByRole('search', { name: '搜索本站' })).toBeVisible();
});

test('search finds a chapter by a Chinese word', async ({ page }) => {
  await page.goto('/');
  const titles = await searchTitles(page, '销售经理');
  expect(titles.length).toBeGreaterThan(0);
});
