/**
 * "Chép mã nhúng": copies a chart's embed code. The code is selectable text in the page
 * without JavaScript; the button is shown only where the Clipboard API can copy it, and says
 * so (in its own text and to screen readers) when it did.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  const label = button.textContent ?? '';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? '');
      button.textContent = 'Đã chép mã';
    } catch {
      button.textContent = 'Không chép được: hãy bôi đen đoạn mã để chép';
    }
    setTimeout(() => (button.textContent = label), 4000);
  });
}
